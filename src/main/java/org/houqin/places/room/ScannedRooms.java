package org.houqin.places.room;

import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

/**
 * The rooms whose label a signed-in person scanned in this session. Standing at a room is reason enough to open its
 * page, even when the room is outside the rooms one's data scope lists (a guard's fire check, a teacher's hazard in
 * another building); the page of a room never scanned stays within the scope. At most {@link #MAX} are kept.
 */
final class ScannedRooms {

    static final String ATTRIBUTE = ScannedRooms.class.getName();
    private static final int MAX = 200;

    private ScannedRooms() {
    }

    static void add(HttpSession session, long roomId) {
        Set<Long> scanned = new HashSet<>(of(session));
        if (scanned.size() < MAX) {
            scanned.add(roomId);
            session.setAttribute(ATTRIBUTE, scanned);
        }
    }

    static boolean contains(HttpSession session, long roomId) {
        return session != null && of(session).contains(roomId);
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Set<?> set ? (Set<Long>) set : Set.of();
    }
}
