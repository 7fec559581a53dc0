package org.houqin.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/**
 * Signing in leads back to where the person was going: from a room label's guest page to the room, from any page
 * that asked for sign-in to that page; never to an address outside Houqin.
 */
class LoginReturnTest extends IntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** The room the teacher is responsible for, and its label's token. */
    private record Room(long id, String token) {
    }

    private Room teachersRoom() {
        return Demo.asSystem(() -> jdbc.sql("""
                SELECT r.id, r.qr_token FROM places.room r JOIN iam.app_user u ON u.staff_id = r.responsible_staff_id
                WHERE u.username = 'teacher' ORDER BY r.id LIMIT 1""")
                .query((rs, n) -> new Room(rs.getLong(1), rs.getString(2))).single());
    }

    /** Posts the sign-in form the page {@code loginPage} shows, as the browser would. */
    private static WebUser.Page signIn(WebUser visitor, String loginPage, String username, String password) {
        WebUser.Page form = visitor.get(loginPage);
        assertThat(form.status()).as(loginPage).isEqualTo(200);
        Matcher token = TOKEN.matcher(form.body());
        assertThat(token.find()).isTrue();
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("username", username, "password", password,
                "_csrf", token.group(1)));
        Matcher next = Pattern.compile("name=\"next\" value=\"([^\"]+)\"").matcher(form.body());
        if (next.find()) {
            fields.put("next", next.group(1).replace("&amp;", "&"));
        }
        return visitor.postWithoutToken("/login", fields);
    }

    @Test
    void theLabelsGuestPageOffersStaffSignInThatReturnsToTheRoom() {
        Room room = teachersRoom();
        WebUser visitor = anonymous();
        WebUser.Page label = visitor.get("/q/" + room.token());
        assertThat(label.redirectsTo("/r/" + room.token())).as("the guest form, where guests may report").isTrue();

        String guestPage = visitor.get("/r/" + room.token()).body();
        assertThat(guestPage).contains("教职工登录").contains("href=\"/login?next=/q/" + room.token() + "\"");

        WebUser.Page signedIn = signIn(visitor, "/login?next=/q/" + room.token(), "teacher", "houqin");
        assertThat(signedIn.redirectsTo("/q/" + room.token())).as(signedIn.location()).isTrue();
        WebUser.Page entry = visitor.get("/q/" + room.token());
        assertThat(entry.redirectsTo("/places/rooms/" + room.id())).as(entry.location()).isTrue();
        assertThat(visitor.get("/places/rooms/" + room.id()).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordKeepsTheWayBackToTheRoom() {
        Room room = teachersRoom();
        WebUser visitor = anonymous();
        WebUser.Page failed = signIn(visitor, "/login?next=/q/" + room.token(), "teacher", "wrong");
        assertThat(failed.location()).endsWith("/login?error&next=%2Fq%2F" + room.token());

        WebUser.Page signedIn = signIn(visitor, "/login?error&next=%2Fq%2F" + room.token(), "teacher", "houqin");
        assertThat(signedIn.redirectsTo("/q/" + room.token())).as(signedIn.location()).isTrue();
    }

    @Test
    void aPageThatAsksForSignInIsWhereSigningInLeads() {
        WebUser visitor = anonymous();
        WebUser.Page asked = visitor.get("/repairs?view=OPEN");
        assertThat(asked.redirectsTo("/login")).as(asked.location()).isTrue();

        WebUser.Page signedIn = signIn(visitor, "/login", "director", "houqin");
        assertThat(signedIn.location()).as("back to the list asked for").contains("/repairs?view=OPEN");
        assertThat(visitor.get(signedIn.location().replaceFirst("^https?://[^/]+", "")).status()).isEqualTo(200);
    }

    @Test
    void anAddressOutsideHouqinIsNeverWhereSigningInLeads() {
        for (String forged : new String[] {"https://evil.example/login", "//evil.example", "/\\evil.example"}) {
            WebUser visitor = anonymous();
            String loginPage = "/login?next=" + URLEncoder.encode(forged, StandardCharsets.UTF_8);
            assertThat(visitor.get(loginPage).body()).as(forged).doesNotContain("evil.example");

            WebUser.Page form = visitor.get("/login");
            Matcher token = TOKEN.matcher(form.body());
            assertThat(token.find()).isTrue();
            WebUser.Page signedIn = visitor.postWithoutToken("/login", Map.of("username", "teacher",
                    "password", "houqin", "_csrf", token.group(1), "next", forged));
            assertThat(signedIn.location()).as(forged).doesNotContain("evil.example");
            assertThat(signedIn.redirectsTo("/")).as(signedIn.location()).isTrue();
        }
    }

    @Test
    void aSignedInUserAskedToSignInGoesStraightOn() {
        Room room = teachersRoom();
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/login?next=/q/" + room.token()).redirectsTo("/q/" + room.token())).isTrue();
        assertThat(teacher.get("/login?next=https://evil.example").redirectsTo("/")).isTrue();
    }
}
