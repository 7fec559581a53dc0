package org.houqin.repairs;

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

/** Repair requests taken through their steps as the pages do it, for tests that need one in a given state. */
public final class RepairFixtures {

    private static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"");
    private static final Pattern CREATED = Pattern.compile("/repairs/(\\d+)$");

    private final JdbcClient jdbc;

    public RepairFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long roomId(String code) {
        return Demo.count(jdbc, "SELECT id FROM places.room WHERE code = ? AND school_id = ?", code, Demo.schoolId(jdbc));
    }

    long categoryId(String name) {
        return Demo.count(jdbc, "SELECT id FROM repairs.category WHERE name = ? AND school_id = ?", name,
                Demo.schoolId(jdbc));
    }

    /** The submission key the report form hands out. */
    static String submissionKey(WebUser user, String formPath) {
        Matcher matcher = KEY.matcher(user.get(formPath).body());
        assertThat(matcher.find()).as("the form carries a submission key").isTrue();
        return matcher.group(1);
    }

    Map<String, String> reportFields(String room, String category, String description, String key) {
        Map<String, String> fields = new HashMap<>();
        fields.put("roomId", String.valueOf(roomId(room)));
        fields.put("categoryId", String.valueOf(categoryId(category)));
        fields.put("description", description);
        fields.put("submissionKey", key);
        return fields;
    }

    /** Reports a repair as {@code user} and returns its id. */
    public long report(WebUser user, String room, String category, String description) {
        String key = submissionKey(user, "/repairs/new");
        WebUser.Page page = user.multipart("/repairs", reportFields(room, category, description, key),
                List.of(new WebUser.FilePart("photos", "lamp.jpg", "image/jpeg", Images.jpeg(64, 48))));
        return created(page);
    }

    static long created(WebUser.Page page) {
        assertThat(page.status()).as("redirect after report: %s", page.body()).isEqualTo(302);
        Matcher matcher = CREATED.matcher(page.location());
        assertThat(matcher.find()).as(page.location()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    public int version(long id) {
        return (int) Demo.count(jdbc, "SELECT version FROM repairs.request WHERE id = ?", id);
    }

    String status(long id) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM repairs.request WHERE id = ?").param(id)
                .query(String.class).single());
    }

    public WebUser.Page step(WebUser user, long id, String step, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("version", String.valueOf(version(id)));
        return user.post("/repairs/" + id + "/" + step, all);
    }

    public void dispatch(WebUser director, long id, String worker) {
        assertThat(step(director, id, "dispatch", Map.of("workerUserId", String.valueOf(Demo.userId(jdbc, worker))))
                .status()).isEqualTo(302);
    }

    /** Takes a reported request to 待验收: dispatched to the worker, started and completed with one lamp tube. */
    public void workedOn(WebUser director, WebUser worker, long id) {
        dispatch(director, id, "worker");
        assertThat(step(worker, id, "start", Map.of()).status()).isEqualTo(302);
        WebUser.Page done = worker.multipart("/repairs/" + id + "/complete", Map.of("version", String.valueOf(version(id)),
                "note", "更换灯管一根", "hours", "0.5", "materials[0].name", "灯管", "materials[0].quantity", "1",
                "materials[0].unit", "根", "signature", Images.signature()), List.of());
        assertThat(done.status()).as(done.body()).isEqualTo(302);
    }
}
