package org.houqin.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.houqin.iam.IamApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.web.RuleViolation;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Steps nobody but the submitter can decide: the head's own request and a department without a head go to the
 * step's fallback role, a step without one is skipped, nobody is asked twice, and a submission nobody at all can
 * decide is refused. Each test gives its rules a document type of its own.
 */
class ApprovalFallbackTest extends IntegrationTest {

    private static final AtomicInteger DOCUMENTS = new AtomicInteger(70_000);

    @Autowired
    Approvals approvals;

    @Autowired
    IamApi iam;

    @Autowired
    TransactionTemplate transaction;

    private long school;
    private String type;

    @BeforeEach
    void aDocumentTypeOfItsOwn() {
        school = Demo.schoolId(jdbc);
        type = TestDocuments.freshType();
    }

    private <T> T work(Supplier<T> work) {
        return SystemWork.call(() -> transaction.execute(status -> work.get()));
    }

    private Long departmentOf(String username) {
        return SystemWork.call(() -> iam.departmentOf(Demo.userId(jdbc, username))).orElse(null);
    }

    private CurrentUser user(String username) {
        long id = Demo.userId(jdbc, username);
        return new CurrentUser(id, username, username, school, Set.of(school), false, null, departmentOf(username),
                DataScope.everything(), Set.of());
    }

    private void rule(Approvals.StepSpec... steps) {
        work(() -> approvals.addRule(school, type, "测试规则", null, null, null, 10, List.of(steps)));
    }

    private static Approvals.StepSpec headOfTheDepartment(String fallback) {
        return new Approvals.StepSpec("DEPARTMENT_HEAD", true, null, fallback);
    }

    private static Approvals.StepSpec role(String code) {
        return new Approvals.StepSpec(code, false, null);
    }

    /** A submission by the user for their own department, with its page at /test-documents/{id}. */
    private long submit(String submitter) {
        long document = DOCUMENTS.incrementAndGet();
        return work(() -> approvals.submit(school, new Submission(type, document, "FB-" + document,
                "领用 白板笔 " + document, new BigDecimal("120.00"), null, departmentOf(submitter),
                Demo.userId(jdbc, submitter), "/test-documents/" + document)));
    }

    private ApprovalDecided.Outcome decide(String approver, long request) {
        int version = (int) Demo.count(jdbc, "SELECT version FROM approval.request WHERE id = ?", request);
        return work(() -> approvals.decide(school, user(approver), request, version, Decision.APPROVE, null));
    }

    private String status(long request) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM approval.request WHERE id = ?").param(request)
                .query(String.class).single());
    }

    private List<Approvals.HistoryEntry> history(String reader, long request) {
        long document = Demo.count(jdbc, "SELECT document_id FROM approval.request WHERE id = ?", request);
        return SystemWork.call(() -> approvals.panel(school, user(reader), type, document)).submissions().get(0).steps();
    }

    private List<Long> inbox(String username) {
        return SystemWork.call(() -> approvals.inbox(school, user(username))).stream()
                .map(Approvals.Waiting::requestId).toList();
    }

    private long waitingNotices(String username, long request) {
        return Demo.count(jdbc, """
                SELECT count(*) FROM notifications.notification n JOIN iam.app_user u ON u.id = n.user_id
                WHERE u.username = ? AND n.message_key = 'approval.notice.waiting'
                  AND n.link = (SELECT link FROM approval.request WHERE id = ?)""", username, request);
    }

    private static String messageKey(Throwable e) {
        return ((RuleViolation) e).messageKey();
    }

    @Test
    void theHeadsOwnRequestGoesToTheViceprincipalAndTheHistorySaysWhy() {
        rule(headOfTheDepartment("VICE_PRINCIPAL"));
        long request = submit("head");

        assertThat(inbox("vice")).contains(request);
        assertThat(SystemWork.call(() -> approvals.inboxCount(school, user("vice")))).isEqualTo(inbox("vice").size());
        assertThat(waitingNotices("vice", request)).isEqualTo(1);
        assertThat(inbox("head")).doesNotContain(request);
        assertThatThrownBy(() -> decide("head", request)).isInstanceOf(RuleViolation.class)
                .extracting(ApprovalFallbackTest::messageKey).isEqualTo("approval.ownDocument");
        Approvals.HistoryEntry step = history("vice", request).get(0);
        assertThat(step.approverLabel()).isEqualTo("分管副校长");
        assertThat(step.status()).isEqualTo("WAITING");
        assertThat(step.reroutedFrom()).isEqualTo("部门负责人");
        assertThat(login("vice").get("/approvals/" + request).body())
                .contains("除提交人外没有部门负责人可以审批，已转交").contains("/decide\"");

        assertThat(decide("vice", request)).isEqualTo(ApprovalDecided.Outcome.APPROVED);
    }

    @Test
    void aStepNobodyElseHoldsWithoutAFallbackIsSkippedAndTheNextOneWaits() {
        rule(headOfTheDepartment(null), role("VICE_PRINCIPAL"));
        long request = submit("head");

        assertThat(Demo.count(jdbc, "SELECT current_position FROM approval.request WHERE id = ?", request)).isEqualTo(2);
        assertThat(history("vice", request)).extracting(Approvals.HistoryEntry::status)
                .containsExactly("SKIPPED", "WAITING");
        Approvals.HistoryEntry skipped = history("vice", request).get(0);
        assertThat(skipped.skipReason()).isEqualTo("NO_DECIDER");
        assertThat(skipped.decidedAt()).isNotNull();
        assertThat(skipped.decidedByName()).isNull();
        assertThat(inbox("vice")).contains(request);
        assertThat(waitingNotices("vice", request)).isEqualTo(1);
        assertThat(login("vice").get("/approvals/" + request).body()).contains("已跳过")
                .contains("除提交人外无人可以审批这一步，已跳过").contains("（第 2/2 步）");
    }

    @Test
    void whoApprovedOneStepIsNotAskedAgainAtTheNext() {
        rule(headOfTheDepartment("VICE_PRINCIPAL"), role("VICE_PRINCIPAL"));
        long request = submit("head");

        assertThat(decide("vice", request)).isEqualTo(ApprovalDecided.Outcome.APPROVED);
        assertThat(status(request)).isEqualTo("APPROVED");
        assertThat(history("head", request)).extracting(Approvals.HistoryEntry::status)
                .containsExactly("APPROVED", "SKIPPED");
        assertThat(history("head", request).get(1).skipReason()).isEqualTo("ALREADY_APPROVED");
        assertThat(TestDocuments.decided()).as("the document type's handler heard the end once")
                .filteredOn(e -> e.requestId() == request).singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(ApprovalDecided.Outcome.APPROVED);
                    assertThat(e.decidedBy()).isEqualTo(Demo.userId(jdbc, "vice"));
                });
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM notifications.notification n JOIN iam.app_user u ON u.id = n.user_id
                WHERE u.username = 'head' AND n.message_key = 'approval.notice.APPROVED'
                  AND n.link = (SELECT link FROM approval.request WHERE id = ?)""", request)).isEqualTo(1);
        assertThat(waitingNotices("vice", request)).as("asked once").isEqualTo(1);
    }

    @Test
    void aSubmissionNobodyCanDecideIsRefusedAndLeavesNothingBehind() {
        rule(headOfTheDepartment(null));
        assertThatThrownBy(() -> submit("head")).isInstanceOf(RuleViolation.class)
                .extracting(ApprovalFallbackTest::messageKey).isEqualTo("approval.nobody");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.request WHERE document_type = ?", type)).isZero();

        type = TestDocuments.freshType();
        rule(headOfTheDepartment("VICE_PRINCIPAL"));
        assertThatThrownBy(() -> submit("vice")).as("the fallback's only holder is the submitter")
                .isInstanceOf(RuleViolation.class).extracting(ApprovalFallbackTest::messageKey)
                .isEqualTo("approval.nobody");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.request WHERE document_type = ?", type)).isZero();
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM approval.step s WHERE NOT EXISTS (SELECT 1 FROM approval.request r
                WHERE r.id = s.request_id)""")).isZero();
    }

    @Test
    void aDepartmentWithoutAHeadGoesToTheViceprincipal() {
        assertThat(departmentOf("guard")).as("the guard belongs to 保卫处").isNotNull();
        rule(headOfTheDepartment("VICE_PRINCIPAL"));
        long request = submit("guard");

        assertThat(inbox("vice")).contains(request);
        assertThat(inbox("head")).doesNotContain(request);
        assertThat(waitingNotices("head", request)).isZero();
        assertThat(Demo.asSystem(() -> jdbc.sql("""
                SELECT role_code || '<' || rerouted_from FROM approval.step WHERE request_id = ? AND NOT same_department""")
                .param(request).query(String.class).single())).isEqualTo("VICE_PRINCIPAL<DEPARTMENT_HEAD");
        assertThat(decide("vice", request)).isEqualTo(ApprovalDecided.Outcome.APPROVED);
    }

    @Test
    void aLaterStepIsPassedOnOrSkippedWhenItsTurnComes() {
        rule(role("VICE_PRINCIPAL"), headOfTheDepartment("PRINCIPAL"));
        long passedOn = submit("guard");
        assertThat(decide("vice", passedOn)).isNull();
        assertThat(inbox("principal")).contains(passedOn);
        assertThat(waitingNotices("principal", passedOn)).isEqualTo(1);
        assertThat(history("principal", passedOn).get(1).reroutedFrom()).isEqualTo("部门负责人");

        type = TestDocuments.freshType();
        rule(role("VICE_PRINCIPAL"), headOfTheDepartment(null));
        long skipped = submit("guard");
        assertThat(decide("vice", skipped)).isEqualTo(ApprovalDecided.Outcome.APPROVED);
        assertThat(history("guard", skipped)).extracting(Approvals.HistoryEntry::skipReason)
                .containsExactly(null, "NO_DECIDER");
    }

    @Test
    void theRulesAdminOffersAFallbackForRoleStepsOnly() {
        WebUser admin = login("admin");
        String category = "转交测试" + DOCUMENTS.incrementAndGet();
        long rules = Demo.count(jdbc, "SELECT count(*) FROM approval.rule");
        Map<String, String> fields = new HashMap<>(Map.of("documentType", TestDocuments.TYPE, "name", "转交测试",
                "category", category, "priority", "10",
                "steps[0].userId", String.valueOf(Demo.userId(jdbc, "principal")),
                "steps[0].fallbackRoleCode", "VICE_PRINCIPAL"));
        WebUser.Page refused = admin.post("/approvals/rules", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("只有按角色审批的步骤才能设置无人审批时转交").contains("is-invalid");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.rule")).isEqualTo(rules);
        assertThatThrownBy(() -> work(() -> approvals.addRule(school, type, "人员加转交", null, null, null, 10,
                List.of(new Approvals.StepSpec(null, false, Demo.userId(jdbc, "principal"), "VICE_PRINCIPAL")))))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("steps[0].fallbackRoleCode");

        fields.remove("steps[0].userId");
        fields.put("steps[0].roleCode", "DEPARTMENT_HEAD");
        fields.put("steps[0].sameDepartment", "true");
        assertThat(admin.post("/approvals/rules", fields).redirectsTo("/approvals/rules")).isTrue();
        assertThat(admin.get("/approvals/rules").body()).contains("部门负责人（本部门），无人时转交：分管副校长");
        long rule = Demo.count(jdbc, "SELECT id FROM approval.rule WHERE category = ?", category);
        assertThat(admin.get("/approvals/rules/" + rule + "/edit").body()).contains("无人审批时转交")
                .containsPattern("value=\"VICE_PRINCIPAL\"[^>]*selected");
    }
}
