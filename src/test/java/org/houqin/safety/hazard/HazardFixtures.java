package org.houqin.safety.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.WebUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hazards taken through their steps as the pages do it, for tests that need one in a given state. */
final class HazardFixtures {

    private static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"");
    private static final Pattern CREATED = Pattern.compile("/safety/hazards/(\\d+)$");

    private final JdbcClient jdbc;

    HazardFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long roomId(String code) {
        return Demo.count(jdbc, "SELECT id FROM places.room WHERE code = ? AND school_id = ?", code,
                Demo.schoolId(jdbc));
    }

    /** Reports a hazard with a photo as {@code user} at a room and returns its id. */
    long report(WebUser user, String room, String level, String description) {
        Matcher key = KEY.matcher(user.get("/safety/hazards/new").body());
        assertThat(key.find()).as("the form carries a submission key").isTrue();
        Map<String, String> fields = new HashMap<>(Map.of("roomId", String.valueOf(roomId(room)), "level", level,
                "category", "FIRE", "description", description, "submissionKey", key.group(1)));
        WebUser.Page page = user.multipart("/safety/hazards", fields,
                List.of(new WebUser.FilePart("photos", "hazard.jpg", "image/jpeg", Images.jpeg(64, 48))));
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        Matcher created = CREATED.matcher(page.location());
        assertThat(created.find()).as(page.location()).isTrue();
        return Long.parseLong(created.group(1));
    }

    int version(long id) {
        return (int) Demo.count(jdbc, "SELECT version FROM safety.hazard WHERE id = ?", id);
    }

    String status(long id) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM safety.hazard WHERE id = ?").param(id)
                .query(String.class).single());
    }

    WebUser.Page assign(WebUser office, long id, String assignee) {
        return office.post("/safety/hazards/" + id + "/assign", Map.of("version", String.valueOf(version(id)),
                "assigneeUserId", String.valueOf(Demo.userId(jdbc, assignee)), "requiredMeasures", "限期整改"));
    }

    WebUser.Page rectify(WebUser rectifier, long id) {
        return rectifier.post("/safety/hazards/" + id + "/rectify", Map.of("version", String.valueOf(version(id)),
                "measures", "已更换并复核", "cost", "180.00"));
    }

    WebUser.Page recheck(WebUser checker, long id, boolean pass, String reason) {
        Map<String, String> fields = new HashMap<>(Map.of("version", String.valueOf(version(id)),
                "pass", String.valueOf(pass)));
        if (reason != null) {
            fields.put("reason", reason);
        }
        return checker.post("/safety/hazards/" + id + "/recheck", fields);
    }
}
