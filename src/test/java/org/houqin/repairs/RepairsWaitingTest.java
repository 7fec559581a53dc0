package org.houqin.repairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Repairs in 待办: what the office escalated to the school (上报学校) waits for the principal, the longest waiting
 * first and told in days; new requests wait for the office that dispatches them. The top bar counts what the list
 * shows.
 */
class RepairsWaitingTest extends IntegrationTest {

    private static final Pattern BADGE = Pattern.compile("id=\"waiting-badge\"[^>]*aria-label=\"(\\d+)");
    private static final Pattern ROW = Pattern.compile("<tr data-kind=\"([a-z-]+)\"");
    private static final Pattern NUMBER = Pattern.compile("<td data-label=\"编号\"[^>]*>(BX-\\d{4}-\\d{5})</td>");

    private RepairFixtures repairs;

    @BeforeEach
    void fixtures() {
        repairs = new RepairFixtures(jdbc);
    }

    private static long badge(WebUser user) {
        Matcher matcher = BADGE.matcher(user.get("/").body());
        assertThat(matcher.find()).as("the top bar offers 待办").isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static List<String> kinds(String page) {
        List<String> kinds = new ArrayList<>();
        Matcher matcher = ROW.matcher(page);
        while (matcher.find()) {
            kinds.add(matcher.group(1));
        }
        return kinds;
    }

    private static List<String> numbers(String page) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(page);
        while (matcher.find()) {
            numbers.add(matcher.group(1));
        }
        return numbers;
    }

    private String number(long id) {
        return Demo.asSystem(() -> jdbc.sql("SELECT number FROM repairs.request WHERE id = ?").param(id)
                .query(String.class).single());
    }

    /** The escalated requests of the demo school, in the order they were escalated. */
    private List<String> escalatedByAge() {
        return Demo.asSystem(() -> jdbc.sql("""
                SELECT r.number FROM repairs.request r WHERE r.school_id = ? AND r.status = 'ESCALATED'
                ORDER BY (SELECT max(e.at) FROM repairs.request_event e
                          WHERE e.request_id = r.id AND e.to_status = 'ESCALATED'), r.id""")
                .param(Demo.schoolId(jdbc)).query(String.class).list());
    }

    private long escalated(WebUser teacher, WebUser director, String description) {
        long id = repairs.report(teacher, "A-101", "照明", description);
        WebUser.Page escalated = repairs.step(director, id, "escalate", Map.of("note", "费用较高，请学校决定"));
        assertThat(escalated.status()).as(escalated.body()).isEqualTo(302);
        return id;
    }

    @Test
    void theEscalatedRepairsWaitForThePrincipalTheOldestFirstInDays() {
        WebUser director = login("director");
        long id = escalated(login("teacher"), director, "待办：报告厅空调全部不制冷");
        WebUser principal = login("principal");

        String page = principal.get("/waiting?kind=repair-escalated").body();
        assertThat(kinds(page)).containsOnly("repair-escalated");
        assertThat(numbers(page)).as("every escalated request, the longest waiting first")
                .containsExactlyElementsOf(escalatedByAge()).endsWith(number(id));
        assertThat(page).contains("上报学校").contains("href=\"/repairs/" + id + "\"").contains("已等 0 小时")
                .doesNotContainPattern("已等 \\d{2,} 小时").doesNotContainPattern("已等 [\\d,]{4,}");
        assertThat(page).as("the demo's older escalations").containsPattern("已等 \\d+ 天");

        String all = principal.get("/waiting").body();
        assertThat(badge(principal)).as("the top bar counts what the list holds").isEqualTo(kinds(all).size());
        assertThat(principal.get("/").body()).contains("href=\"/waiting\"");

        String token = principal.newToken("待办接口");
        String json = anonymous().getWithToken("/api/v1/waiting?kind=repair-escalated", token).body();
        assertThat(json).as("the same list over the API").contains("\"number\":\"" + number(id) + "\"")
                .contains("\"kindLabel\":\"上报学校\"").contains("\"link\":\"/repairs/" + id + "\"");

        long before = badge(principal);
        WebUser.Page decided = repairs.step(principal, id, "decide", Map.of("approve", "true", "note", "同意更换"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(302);
        assertThat(badge(principal)).isEqualTo(before - 1);
        assertThat(numbers(principal.get("/waiting?kind=repair-escalated").body())).doesNotContain(number(id));
    }

    @Test
    void theOfficeFindsNewRequestsToDispatchButTheSchoolsDecisionsAreNotItsOwn() {
        WebUser teacher = login("teacher");
        WebUser director = login("director");
        long fresh = repairs.report(teacher, "A-101", "照明", "待办：黑板灯闪烁");
        long escalated = escalated(teacher, director, "待办：教学楼外墙瓷砖脱落");

        String page = director.get("/waiting").body();
        assertThat(page).contains("待受理报修").contains("href=\"/repairs/" + fresh + "\"");
        assertThat(numbers(page)).contains(number(fresh)).doesNotContain(number(escalated));
        assertThat(kinds(page)).doesNotContain("repair-escalated");
        assertThat(badge(director)).isEqualTo(kinds(page).size());

        repairs.dispatch(director, fresh, "worker");
        assertThat(numbers(director.get("/waiting").body())).doesNotContain(number(fresh));
    }

    @Test
    void aTeacherDecidesNoRepairsAndFindsNoneWaiting() {
        WebUser teacher = login("teacher");
        String page = teacher.get("/waiting").body();
        assertThat(kinds(page)).doesNotContain("repair-escalated", "repair-new");
        assertThat(teacher.get("/waiting?kind=repair-escalated").status()).as("a kind she has none of").isEqualTo(200);
    }
}
