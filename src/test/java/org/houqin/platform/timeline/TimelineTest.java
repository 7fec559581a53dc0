package org.houqin.platform.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** A record's history is kept as messages, shown in each reader's language, and never changed. */
class TimelineTest extends IntegrationTest {

    @Autowired
    Timeline timeline;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void chinese() {
        LocaleContextHolder.resetLocaleContext();
    }

    private List<TimelineEntry> read(long school, long subject, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        return SystemWork.call(() -> timeline.of(school, "test-subject", subject));
    }

    @Test
    void anEntryReadsInTheReadersLanguageWithItsNestedMessagesAndLists() {
        long school = Demo.schoolId(jdbc);
        long subject = System.nanoTime() % 1_000_000;
        Message change = Message.of("asset.history.change", Message.of("asset.history.field.model"), "A1", "B2");
        SystemWork.run(() -> transaction.executeWithoutResult(status -> timeline.recordAll(school, List.of(
                new Timeline.Entry("test-subject", subject, "STATUS", Message.of("asset.history.status",
                        Message.of("asset.status.IN_USE"), Message.of("asset.status.REPAIRING")), "/assets/1", null,
                        "李秀兰", null),
                new Timeline.Entry("test-subject", subject, "UPDATE", Message.of("asset.history.changed",
                        Message.list(List.of(change, change))), null, null, null, null)))));

        List<TimelineEntry> chinese = read(school, subject, Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).extracting(TimelineEntry::text)
                .containsExactlyInAnyOrder("状态：在用 → 维修中", "型号：A1 → B2；型号：A1 → B2");
        assertThat(chinese).extracting(TimelineEntry::actorName).contains("李秀兰", Timeline.SYSTEM);
        assertThat(read(school, subject, Locale.ENGLISH)).extracting(TimelineEntry::text)
                .containsExactlyInAnyOrder("Status: In use → Under repair", "Model: A1 → B2; Model: A1 → B2");
    }

    @Test
    void theApplicationMayNotChangeOrRemoveAnEntry() {
        long school = Demo.schoolId(jdbc);
        SystemWork.run(() -> transaction.executeWithoutResult(status -> timeline.record(school, new Timeline.Entry(
                "test-subject", 7, "STATUS", Message.of("timeline.text", "x"), null, null, null, null))));
        assertThatThrownBy(() -> SystemWork.run(() -> transaction.executeWithoutResult(status ->
                jdbc.sql("UPDATE platform.timeline_event SET message_key = 'x' WHERE subject_type = 'test-subject'")
                        .update()))).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> SystemWork.run(() -> transaction.executeWithoutResult(status ->
                jdbc.sql("DELETE FROM platform.timeline_event WHERE subject_type = 'test-subject'").update())))
                .rootCause().hasMessageContaining("permission denied");
    }
}
