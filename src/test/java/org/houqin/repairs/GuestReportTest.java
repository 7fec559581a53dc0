package org.houqin.repairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.security.SystemWork;
import org.houqin.platform.settings.SettingChanges;
import org.houqin.repairs.settings.RepairSettingKeys;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor scans a room's label: where the school allows it, a form asking for name and phone, a few reports an
 * hour from one address; elsewhere, the sign-in page.
 */
class GuestReportTest extends IntegrationTest {

    @Autowired
    SettingChanges changes;

    private String token(String room) {
        return Demo.asSystem(() -> jdbc.sql("SELECT qr_token FROM places.room WHERE code = ? AND school_id = ?")
                .params(room, Demo.schoolId(jdbc)).query(String.class).single());
    }

    @Test
    void aVisitorReportsFromTheLabelWithNameAndPhoneAFewTimesAnHour() {
        RepairFixtures repairs = new RepairFixtures(jdbc);
        String token = token("A-103");
        WebUser visitor = anonymous();
        WebUser.Page label = visitor.get("/q/" + token);
        assertThat(label.redirectsTo("/r/" + token)).as(label.location()).isTrue();

        Map<String, String> fields = new HashMap<>(Map.of("categoryId", String.valueOf(repairs.categoryId("门窗锁具")),
                "description", "访客报修：门锁坏了"));
        fields.put("submissionKey", RepairFixtures.submissionKey(visitor, "/r/" + token));
        WebUser.Page nameless = visitor.multipart("/r/" + token, fields, List.of());
        assertThat(nameless.status()).isEqualTo(200);
        assertThat(nameless.body()).contains("请填写姓名").contains("请填写联系电话");

        long before = Demo.count(jdbc, "SELECT count(*) FROM repairs.request WHERE guest_address IS NOT NULL");
        int accepted = 0;
        WebUser.Page last = null;
        for (int i = 0; i < 7; i++) {
            fields.put("guestName", "王同学");
            fields.put("guestPhone", "13800138000");
            fields.put("submissionKey", RepairFixtures.submissionKey(visitor, "/r/" + token));
            last = visitor.multipart("/r/" + token, fields, List.of());
            if (last.body().contains("报修已收到")) {
                accepted++;
                assertThat(last.body()).containsPattern("BX-\\d{4}-\\d{5}");
            }
        }
        assertThat(before + accepted).as("five an hour from one address").isEqualTo(5);
        assertThat(last.body()).contains("报修太频繁了");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.request WHERE description = '访客报修：门锁坏了'"))
                .isEqualTo(accepted);
        // the office sees the guest's phone; the guest sees no request page
        long id = Demo.count(jdbc, "SELECT max(id) FROM repairs.request WHERE description = '访客报修：门锁坏了'");
        assertThat(login("director").get("/repairs/" + id).body()).contains("13800138000").contains("免登录报修");
        assertThat(visitor.get("/repairs/" + id).status()).isEqualTo(302);
    }

    @Test
    void whereGuestsMayNotReportTheLabelAsksToSignIn() {
        long school = Demo.schoolId(jdbc);
        String token = token("A-104");
        SystemWork.run(() -> changes.change(school, RepairSettingKeys.GUEST_REPORTING, false));
        try {
            WebUser visitor = anonymous();
            WebUser.Page label = visitor.get("/q/" + token);
            assertThat(label.status()).isEqualTo(302);
            assertThat(label.location()).endsWith("/login");
            assertThat(visitor.get("/r/" + token).status()).isEqualTo(409);
            WebUser teacher = login("teacher");
            assertThat(teacher.get("/q/" + token).location()).contains("/places/rooms/");
        } finally {
            SystemWork.run(() -> changes.change(school, RepairSettingKeys.GUEST_REPORTING, true));
        }
    }
}
