package org.houqin.routines.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.organization.OrganizationApi;
import org.houqin.routines.checklist.ChecklistItem;
import org.houqin.routines.checklist.TemplateLibrary;
import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** 我的检查, the fill form's messages at the items, the records list's scope and the correction on the pages. */
class RecordPagesTest extends IntegrationTest {

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    OrganizationApi organization;

    private RoutineRounds rounds() {
        return new RoutineRounds(jdbc);
    }

    private record Round(long template, long id) {
    }

    private Round guardsRound() {
        RoutineRounds fixtures = rounds();
        long template = fixtures.template("fire-monthly");
        return new Round(template, fixtures.round(fixtures.schedule(template, "guard"), "A-101", "guard"));
    }

    static long recordOf(WebUser.Page page) {
        Matcher matcher = Pattern.compile("/routines/records/(\\d+)$").matcher(String.valueOf(page.location()));
        assertThat(matcher.find()).as("redirected to a record, not " + page.location() + " " + page.status()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void myRoundsListTheRoundAndTheRoomPageOffersToFillIt() {
        Round round = guardsRound();
        WebUser guard = login("guard");
        assertThat(guard.get("/routines/mine").body()).contains("/routines/rounds/" + round.id()).contains("去填写");
        assertThat(login("teacher").get("/routines/mine").body()).doesNotContain("/routines/rounds/" + round.id());

        RoutineRounds fixtures = rounds();
        long directorsRound = fixtures.round(fixtures.schedule(round.template(), "director"), "A-101", "director");
        String roomPage = login("director").get("/places/rooms/" + fixtures.roomId("A-101")).body();
        assertThat(roomPage).contains("此处待做的检查").contains("href=\"/routines/rounds/" + directorsRound + "\"")
                .doesNotContain("href=\"/routines/rounds/" + round.id() + "\"");
    }

    @Test
    void aRequiredPhotoMissingIsRefusedAtItsItemAndNothingIsSaved() {
        Round round = guardsRound();
        List<ChecklistItem> items = TemplateLibrary.load().template("fire-monthly").orElseThrow().items().stream()
                .map(i -> i.code().equals("photos") ? new ChecklistItem(i.code(), i.text(), i.kind(), true, i.hint(),
                        null, null, null) : i).toList();
        rounds().revise(round.template(), items);
        WebUser.Page page = login("guard").multipart("/routines/rounds/" + round.id(),
                FireCheck.fields(2, UUID.randomUUID().toString()), List.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("请至少拍一张照片").contains("is-invalid");
        assertThat(rounds().records("SELECT count(*) FROM routines.record WHERE occurrence_id = ?", round.id()))
                .isZero();
    }

    @Test
    void aTemplateChangedWhileFillingShowsTheNewItemsAndSavesNothing() {
        Round round = guardsRound();
        WebUser guard = login("guard");
        assertThat(guard.get("/routines/rounds/" + round.id()).body()).contains("灭火器压力表指针位置");
        List<ChecklistItem> items = List.of(ChecklistItem.passFail("extinguisher-place", "灭火器位置正确"),
                ChecklistItem.passFail("sand-bucket", "消防沙箱沙量充足"));
        rounds().revise(round.template(), items);
        WebUser.Page page = guard.multipart("/routines/rounds/" + round.id(),
                FireCheck.fields(1, UUID.randomUUID().toString()), List.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("您填写期间检查表已被修改").contains("消防沙箱沙量充足")
                .doesNotContain("灭火器压力表指针位置").contains("name=\"templateVersion\" value=\"2\"");
        assertThat(rounds().records("SELECT count(*) FROM routines.record WHERE occurrence_id = ?", round.id()))
                .isZero();
    }

    @Test
    void theFillerSeesTheirOwnRecordsAndACompletionReaderSeesEveryOne() {
        Round round = guardsRound();
        WebUser guard = login("guard");
        Map<String, String> fields = FireCheck.fields(1, UUID.randomUUID().toString());
        fields.put("answers[extinguisher-pressure]", "红区");
        long id = recordOf(guard.multipart("/routines/rounds/" + round.id(), fields,
                List.of(new WebUser.FilePart("photos[extinguisher-pressure]", "gauge.jpg", "image/jpeg",
                        Images.jpeg(40, 30)))));
        String page = guard.get("/routines/records/" + id).body();
        assertThat(page).contains("红区").contains("list-group-item-danger").contains("/files/");
        assertThat(guard.get("/routines/records").body()).contains("/routines/records/" + id + "\"");
        assertThat(guard.getBytes("/routines/records/" + id + "/print.pdf")).startsWith("%PDF".getBytes());
        assertThat(guard.getBytes("/routines/records/export.xlsx?flagged=true")).startsWith("PK".getBytes());
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/routines/records").body()).doesNotContain("/routines/records/" + id + "\"");
        assertThat(teacher.get("/routines/records/" + id).status()).isEqualTo(404);
        assertThat(login("director").get("/routines/records?flagged=true").body())
                .contains("/routines/records/" + id + "\"");
    }

    @Test
    void anotherSchoolsRecordIsNotFound() {
        long other = OtherSchoolRecord.make(jdbc, transaction, organization);
        assertThat(login("director").get("/routines/records/" + other).status()).isEqualTo(404);
        assertThat(login("director").get("/routines/records").body()).doesNotContain("/routines/records/" + other + "\"");
    }

    @Test
    void aCorrectionReplacesTheRecordInTheListMarkedCorrected() {
        Round round = guardsRound();
        WebUser guard = login("guard");
        long first = recordOf(guard.multipart("/routines/rounds/" + round.id(),
                FireCheck.fields(1, UUID.randomUUID().toString()), List.of()));
        assertThat(guard.get("/routines/records/" + first + "/correct").body()).contains("更正")
                .contains("value=\"PASS\" checked");
        Map<String, String> fields = FireCheck.fields(1, UUID.randomUUID().toString());
        fields.put("answers[fire-doors]", "FAIL");
        long second = recordOf(guard.multipart("/routines/records/" + first + "/correct", fields, List.of()));
        assertThat(second).isNotEqualTo(first);
        String list = guard.get("/routines/records").body();
        assertThat(list).contains("/routines/records/" + second + "\"").doesNotContain("/routines/records/" + first + "\"")
                .contains("已更正");
        assertThat(guard.get("/routines/records/" + first).body()).contains("这条记录已被更正");
        assertThat(guard.get("/routines/records/" + first + "/correct").status()).isEqualTo(404);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM routines.record WHERE corrects_record_id = ?", first))
                .isEqualTo(1);
    }
}
