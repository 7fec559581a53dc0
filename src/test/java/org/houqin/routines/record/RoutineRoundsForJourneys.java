package org.houqin.routines.record;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A round for a browser journey, made as the planning side would: the monthly fire check at A-101, open now. */
public final class RoutineRoundsForJourneys {

    private RoutineRoundsForJourneys() {
    }

    public static long fireCheckAtA101For(JdbcClient jdbc, String username) {
        RoutineRounds rounds = new RoutineRounds(jdbc);
        long template = rounds.template("fire-monthly");
        return rounds.round(rounds.schedule(template, username), "A-101", username);
    }
}
