package org.houqin.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.houqin.iam.IamApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.web.RuleViolation;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A 领用-like document through its approval: the department head alone below 500 元, the head then the vice-principal
 * from 500 元; nobody approves their own; two decisions at once, one wins; returns and rejections close it;
 * a delegate decides while the vice-principal is away.
 */
class ApprovalsTest extends IntegrationTest {

    private static final AtomicInteger DOCUMENTS = new AtomicInteger(1000);

    @Autowired
    Approvals approvals;

    @Autowired
    IamApi iam;

    @Autowired
    TransactionTemplate transaction;

    private long school;
    private String type;
    private long department;

    private <T> T work(Supplier<T> work) {
        return SystemWork.call(() -> transaction.execute(status -> work.get()));
    }

    private CurrentUser user(String username) {
        long id = Demo.userId(jdbc, username);
        return new CurrentUser(id, username, username, school, Set.of(school), false, null,
                SystemWork.call(() -> iam.departmentOf(id)).orElse(null), DataScope.everything(), Set.of());
    }

    @BeforeEach
    void aRuleForANewDocumentType() {
        school = Demo.schoolId(jdbc);
        type = TestDocuments.freshType();
        department = SystemWork.call(() -> iam.departmentOf(Demo.userId(jdbc, "head"))).orElseThrow();
        work(() -> approvals.addRule(school, type, "500 元以下", null, new BigDecimal("500"), null, 100,
                List.of(new Approvals.StepSpec("DEPARTMENT_HEAD", true, null))));
        work(() -> approvals.addRule(school, type, "500 元及以上", new BigDecimal("500"), null, null, 100,
                List.of(new Approvals.StepSpec("DEPARTMENT_HEAD", true, null),
                        new Approvals.StepSpec("VICE_PRINCIPAL", false, null))));
    }

    private long submit(String amount, String submitter) {
        return submit(DOCUMENTS.incrementAndGet(), amount, submitter);
    }

    private long submit(long document, String amount, String submitter) {
        return work(() -> approvals.submit(school, new Submission(type, document, "RQ-TEST",
                "A4 复印纸 2 包", new BigDecimal(amount), "办公用品", department, Demo.userId(jdbc, submitter),
                "/test-documents/" + document)));
    }

    private ApprovalDecided.Outcome decide(String approver, long request, Decision decision, String comment) {
        int version = (int) Demo.count(jdbc, "SELECT version FROM approval.request WHERE id = ?", request);
        return work(() -> approvals.decide(school, user(approver), request, version, decision, comment));
    }

    private String status(long request) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM approval.request WHERE id = ?").param(request)
                .query(String.class).single());
    }

    private long documentOf(long request) {
        return Demo.count(jdbc, "SELECT document_id FROM approval.request WHERE id = ?", request);
    }

    private void withdraw(String username, long document) {
        SystemWork.run(() -> transaction.executeWithoutResult(status ->
                approvals.withdraw(school, user(username), type, document)));
    }

    private Approvals.Panel panel(String username, long document) {
        return SystemWork.call(() -> approvals.panel(school, user(username), type, document));
    }

    private List<Long> inbox(String username) {
        return SystemWork.call(() -> approvals.inbox(school, user(username))).stream()
                .map(Approvals.Waiting::requestId).toList();
    }

    @Test
    void belowFiveHundredTheDepartmentHeadAloneDecides() {
        long request = submit("120.00", "teacher");
        assertThat(inbox("head")).contains(request);
        assertThat(inbox("vice")).doesNotContain(request);
        assertThat(decide("head", request, Decision.APPROVE, null)).isEqualTo(ApprovalDecided.Outcome.APPROVED);
        assertThat(status(request)).isEqualTo("APPROVED");
        assertThat(inbox("head")).doesNotContain(request);
    }

    @Test
    void fromFiveHundredTheViceprincipalDecidesAfterTheHead() {
        long request = submit("500.00", "teacher");
        assertThatThrownBy(() -> decide("vice", request, Decision.APPROVE, null)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("approval.notYourStep");
        assertThat(decide("head", request, Decision.APPROVE, "同意")).isNull();
        assertThat(status(request)).isEqualTo("PENDING");
        assertThat(inbox("vice")).contains(request);
        assertThat(decide("vice", request, Decision.APPROVE, null)).isEqualTo(ApprovalDecided.Outcome.APPROVED);
        assertThatThrownBy(() -> decide("vice", request, Decision.APPROVE, null)).as("an approved document is closed")
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("approval.closed");
    }

    @Test
    void nobodyApprovesTheirOwnDocument() {
        long request = submit("600.00", "head");
        assertThat(inbox("head")).doesNotContain(request);
        assertThat(inbox("vice")).as("the head's own step is skipped").contains(request);
        assertThatThrownBy(() -> decide("head", request, Decision.APPROVE, null)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("approval.ownDocument");
        assertThat(status(request)).isEqualTo("PENDING");
    }

    @Test
    void twoDecisionsAtOnceOneWinsTheOtherConflicts() throws Exception {
        long request = submit("80.00", "teacher");
        CurrentUser head = user("head");
        Callable<String> approve = () -> {
            try {
                work(() -> approvals.decide(school, head, request, 0, Decision.APPROVE, null));
                return "won";
            } catch (OptimisticLockingFailureException | RuleViolation e) {
                return "conflict";
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return approve.call();
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("won", "conflict");
        } finally {
            pool.shutdownNow();
        }
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.step WHERE request_id = ? AND status = 'APPROVED'",
                request)).isEqualTo(1);
    }

    @Test
    void aReturnOrARejectionNeedsAReasonAndEndsTheSubmission() {
        long returned = submit("600.00", "teacher");
        assertThatThrownBy(() -> decide("head", returned, Decision.RETURN, " ")).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("comment");
        assertThat(decide("head", returned, Decision.RETURN, "数量太多，请改成 1 包"))
                .isEqualTo(ApprovalDecided.Outcome.RETURNED);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.step WHERE request_id = ? AND status = 'CANCELLED'",
                returned)).isEqualTo(1);

        long rejected = submit("40.00", "teacher");
        assertThat(decide("head", rejected, Decision.REJECT, "本学期已领过")).isEqualTo(ApprovalDecided.Outcome.REJECTED);
        assertThat(status(rejected)).isEqualTo("REJECTED");
    }

    @Test
    void aDocumentIsPendingOnceAndADocumentWithoutARuleIsApprovedAtOnce() {
        long document = DOCUMENTS.incrementAndGet();
        Submission submission = new Submission(type, document, "RQ-TEST", "复印纸", BigDecimal.ONE, null, department,
                Demo.userId(jdbc, "teacher"), "/test-documents/" + document);
        work(() -> approvals.submit(school, submission));
        assertThatThrownBy(() -> work(() -> approvals.submit(school, submission))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("approval.alreadyPending");

        long free = work(() -> approvals.submit(school, new Submission(TestDocuments.freshType(), 1, null,
                "无需审批", BigDecimal.ONE, null, null, Demo.userId(jdbc, "teacher"), null)));
        assertThat(status(free)).isEqualTo("APPROVED");
        assertThat(TestDocuments.decided()).as("its handler heard it at once")
                .anyMatch(d -> d.requestId() == free && d.outcome() == ApprovalDecided.Outcome.APPROVED);

        long before = Demo.count(jdbc, "SELECT count(*) FROM approval.request");
        assertThatThrownBy(() -> work(() -> approvals.submit(school, new Submission("NOHANDLER", 1, null, "没人处理",
                BigDecimal.ONE, null, null, Demo.userId(jdbc, "teacher"), null))))
                .as("a type no module answers for").isInstanceOf(IllegalArgumentException.class);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.request")).isEqualTo(before);
    }

    @Test
    void aDelegateDecidesForTheViceprincipalWhileAway() {
        long request = submit("900.00", "teacher");
        decide("head", request, Decision.APPROVE, null);
        assertThat(inbox("director")).doesNotContain(request);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        work(() -> approvals.delegate(school, Demo.userId(jdbc, "vice"), Demo.userId(jdbc, "director"), today,
                today.plusDays(3)));
        assertThat(inbox("director")).contains(request);
        assertThat(SystemWork.call(() -> approvals.inboxCount(school, user("director"))))
                .as("the top bar's count is the inbox's size").isEqualTo(inbox("director").size());
        assertThat(decide("director", request, Decision.APPROVE, "代分管副校长审批"))
                .isEqualTo(ApprovalDecided.Outcome.APPROVED);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM approval.step WHERE request_id = ? AND position = 2
                  AND decided_by = ? AND decided_for = ?""", request, Demo.userId(jdbc, "director"),
                Demo.userId(jdbc, "vice"))).isEqualTo(1);
        assertThatThrownBy(() -> work(() -> approvals.delegate(school, Demo.userId(jdbc, "vice"),
                Demo.userId(jdbc, "vice"), today, today))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theSubmitterWithdrawsAPendingSubmissionAndNobodyElseCan() {
        long request = submit("600.00", "teacher");
        long document = documentOf(request);
        assertThatThrownBy(() -> withdraw("head", document)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("approval.notYours");
        withdraw("teacher", document);
        assertThat(status(request)).isEqualTo("WITHDRAWN");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.step WHERE request_id = ? AND status = 'CANCELLED'",
                request)).isEqualTo(2);
        assertThat(inbox("head")).doesNotContain(request);
        assertThatThrownBy(() -> withdraw("teacher", document)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("approval.notPending");
    }

    @Test
    void theDocumentPanelShowsEveryRoundAndOffersTheWaitingStepOnlyToItsApprover() {
        long first = submit("600.00", "teacher");
        long document = documentOf(first);
        decide("head", first, Decision.RETURN, "请写明用途");
        long second = submit(document, "600.00", "teacher");

        Approvals.Panel panel = panel("head", document);
        assertThat(panel.empty()).isFalse();
        assertThat(panel.submissions()).extracting(Approvals.SubmissionView::requestId).containsExactly(first, second);
        assertThat(panel.submissions()).extracting(Approvals.SubmissionView::status).containsExactly("RETURNED", "PENDING");
        Approvals.SubmissionView returned = panel.submissions().get(0);
        assertThat(returned.submitterName()).isEqualTo("杨佳怡");
        assertThat(returned.steps()).extracting(Approvals.HistoryEntry::status).containsExactly("RETURNED", "CANCELLED");
        Approvals.HistoryEntry byHead = returned.steps().get(0);
        assertThat(byHead.approverLabel()).startsWith("部门负责人");
        assertThat(byHead.decidedByName()).isEqualTo("刘文博");
        assertThat(byHead.decidedForName()).isNull();
        assertThat(byHead.comment()).isEqualTo("请写明用途");
        assertThat(returned.steps().get(1).approverLabel()).isEqualTo("分管副校长");
        assertThat(panel.submissions().get(1).steps()).extracting(Approvals.HistoryEntry::status)
                .containsExactly("WAITING", "QUEUED");
        assertThat(panel.mine()).map(Approvals.Waiting::requestId).contains(second);

        assertThat(panel("vice", document).mine()).isEmpty();
        assertThat(panel("teacher", document).mine()).as("never on one's own document").isEmpty();
        assertThat(panel("head", DOCUMENTS.incrementAndGet()).empty()).isTrue();
    }
}
