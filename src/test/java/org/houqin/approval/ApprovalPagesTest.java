package org.houqin.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.iam.IamApi;
import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The approval pages as approvers use them: the count in the top bar, the inbox, the panel's form, decisions that
 * lead back to the document, conflicts answered with 409, the rules admin and delegations. Every test gives its
 * rules a category of its own, so it never meets another test's rules.
 */
class ApprovalPagesTest extends IntegrationTest {

    private static final AtomicInteger DOCUMENTS = new AtomicInteger(50_000);
    private static final Pattern BADGE = Pattern.compile("id=\"waiting-badge\"[^>]*aria-label=\"(\\d+)");

    @Autowired
    Approvals approvals;

    @Autowired
    IamApi iam;

    @Autowired
    TransactionTemplate transaction;

    private long school;
    private long department;
    private String category;

    /** A test document submitted for approval: its id, its submission and its page. */
    private record Document(long id, long request, String link) {
    }

    @BeforeEach
    void aCategoryOfItsOwn() {
        school = Demo.schoolId(jdbc);
        department = SystemWork.call(() -> iam.departmentOf(Demo.userId(jdbc, "head"))).orElseThrow();
        category = "页面测试" + DOCUMENTS.incrementAndGet();
    }

    private <T> T work(Supplier<T> work) {
        return SystemWork.call(() -> transaction.execute(status -> work.get()));
    }

    private void rule(Approvals.StepSpec... steps) {
        work(() -> approvals.addRule(school, TestDocuments.TYPE, "测试规则", null, null, category, 10, List.of(steps)));
    }

    private static Approvals.StepSpec role(String code, boolean sameDepartment) {
        return new Approvals.StepSpec(code, sameDepartment, null);
    }

    private Document submit(String submitter, String amount, boolean withPage) {
        long id = DOCUMENTS.incrementAndGet();
        String link = withPage ? "/test-documents/" + id : null;
        long request = work(() -> approvals.submit(school, new Submission(TestDocuments.TYPE, id, "TD-" + id,
                "测试领用" + id, new BigDecimal(amount), category, department, Demo.userId(jdbc, submitter), link)));
        return new Document(id, request, link);
    }

    private static WebUser.Page decide(WebUser user, long request, String decision, String comment, int version) {
        return user.post("/approvals/" + request + "/decide", Map.of("decision", decision, "comment", comment,
                "version", String.valueOf(version)));
    }

    private String status(long request) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM approval.request WHERE id = ?").param(request)
                .query(String.class).single());
    }

    private long decidedSteps(long request) {
        return Demo.count(jdbc, "SELECT count(*) FROM approval.step WHERE request_id = ? AND decided_at IS NOT NULL",
                request);
    }

    private long notices(String username, String key, String link) {
        return Demo.count(jdbc, """
                SELECT count(*) FROM notifications.notification n JOIN iam.app_user u ON u.id = n.user_id
                WHERE u.username = ? AND n.message_key = ? AND n.link = ?""", username, key, link);
    }

    private static int badge(WebUser user) {
        Matcher matcher = BADGE.matcher(user.get("/").body());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    @Test
    void anApproverSeesTheCountTheInboxAndTheFormAndApprovingLeadsBackToTheDocument() {
        rule(role("DEPARTMENT_HEAD", true));
        WebUser head = login("head");
        int before = badge(head);
        Document document = submit("teacher", "1234.50", true);

        assertThat(badge(head)).isEqualTo(before + 1);
        assertThat(notices("head", "approval.notice.waiting", document.link())).isEqualTo(1);
        String inbox = head.get("/approvals").body();
        assertThat(inbox).contains("测试领用" + document.id()).contains("TD-" + document.id()).contains("¥1,234.50")
                .contains("杨佳怡").contains("href=\"" + document.link() + "\"");
        assertThat(head.get("/waiting?kind=approval").body()).as("待办 lists it too")
                .contains("测试领用" + document.id()).contains("href=\"" + document.link() + "\"").contains("已等 0 小时");

        String panel = head.get("/approvals/" + document.request()).body();
        assertThat(panel).contains("action=\"/approvals/" + document.request() + "/decide\"")
                .contains("name=\"version\" value=\"0\"").contains("value=\"APPROVE\"").contains("value=\"RETURN\"")
                .contains("value=\"REJECT\"").contains("部门负责人（本部门）");

        WebUser.Page approved = decide(head, document.request(), "APPROVE", "", 0);
        assertThat(approved.redirectsTo(document.link())).as(approved.location()).isTrue();
        assertThat(status(document.request())).isEqualTo("APPROVED");
        assertThat(notices("teacher", "approval.notice.APPROVED", document.link())).isEqualTo(1);
        assertThat(badge(head)).isEqualTo(before);
        assertThat(head.get("/approvals?view=HANDLED").body()).contains("测试领用" + document.id()).contains("同意");
        assertThat(login("teacher").get("/approvals?view=SUBMITTED").body()).contains("测试领用" + document.id())
                .contains("已通过");
    }

    @Test
    void inWaitingASecondApproverWaitsFromTheFirstDecisionNotFromTheSubmission() {
        rule(role("DEPARTMENT_HEAD", true), role("VICE_PRINCIPAL", false));
        Document document = submit("teacher", "800.00", true);
        Demo.asSystem(() -> jdbc.sql("UPDATE approval.request SET submitted_at = now() - interval '10 days' WHERE id = ?")
                .param(document.request()).update());
        WebUser head = login("head");
        assertThat(waitingRow(head, document)).contains("已等 10 天");

        assertThat(decide(head, document.request(), "APPROVE", "", 0).redirectsTo(document.link())).isTrue();
        assertThat(waitingRow(login("vice"), document)).contains("已等 0 小时").doesNotContain("天");
    }

    /** The row of 待办 that holds the document. */
    private static String waitingRow(WebUser user, Document document) {
        Matcher row = Pattern.compile("<tr data-kind=\"approval\">((?:(?!</tr>).)*测试领用" + document.id()
                + "(?:(?!</tr>).)*)</tr>", Pattern.DOTALL).matcher(user.get("/waiting").body());
        assertThat(row.find()).as("待办 lists 测试领用%d", document.id()).isTrue();
        return row.group(1);
    }

    @Test
    void aReturnWithoutAReasonIsRefusedAtTheFormAndChangesNothing() {
        rule(role("DEPARTMENT_HEAD", true));
        Document document = submit("teacher", "10.00", false);
        WebUser head = login("head");

        WebUser.Page refused = decide(head, document.request(), "RETURN", "  ", 0);
        assertThat(refused.redirectsTo("/approvals/" + document.request() + "#approval")).as(refused.location()).isTrue();
        assertThat(head.get("/approvals/" + document.request()).body()).contains("不同意或退回时请写明理由")
                .contains("is-invalid");
        assertThat(status(document.request())).isEqualTo("PENDING");
        assertThat(decidedSteps(document.request())).isZero();
        assertThat(Demo.count(jdbc, "SELECT version FROM approval.request WHERE id = ?", document.request())).isZero();

        WebUser.Page returned = decide(head, document.request(), "RETURN", "数量太多，请改成 1 包", 0);
        assertThat(returned.redirectsTo("/approvals")).as(returned.location()).isTrue();
        assertThat(status(document.request())).isEqualTo("RETURNED");
        assertThat(notices("teacher", "approval.notice.RETURNED", "/approvals/" + document.request())).isEqualTo(1);
        assertThat(login("teacher").get("/approvals/" + document.request()).body()).contains("数量太多，请改成 1 包")
                .contains("退回修改");
    }

    @Test
    void theSubmitterCannotDecideTheirOwnNorAnyoneWithoutTheStepNorAStalePage() {
        rule(new Approvals.StepSpec("DEPARTMENT_HEAD", true, null, "VICE_PRINCIPAL"));
        WebUser head = login("head");
        Document own = submit("head", "20.00", true);
        assertThat(head.get("/approvals/" + own.request()).body()).doesNotContain("/decide\"");
        WebUser.Page mine = decide(head, own.request(), "APPROVE", "", 0);
        assertThat(mine.status()).isEqualTo(409);
        assertThat(mine.body()).contains("不能审批自己提交的单据");

        Document other = submit("teacher", "20.00", true);
        // the guard: another test strips the worker's role down to reading rooms
        WebUser guard = login("guard");
        WebUser.Page notTheirs = decide(guard, other.request(), "APPROVE", "", 0);
        assertThat(notTheirs.status()).isEqualTo(409);
        assertThat(notTheirs.body()).contains("这一步不由您审批");
        assertThat(guard.get("/approvals/" + other.request()).status()).isEqualTo(404);
        WebUser.Page stale = decide(head, other.request(), "APPROVE", "", 3);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("被别人修改过");

        assertThat(status(own.request())).isEqualTo("PENDING");
        assertThat(status(other.request())).isEqualTo("PENDING");
        assertThat(decidedSteps(own.request()) + decidedSteps(other.request())).isZero();
    }

    @Test
    void aDelegateSeesTheItemTwoDecidingAtOnceMakeOneDecisionAndACancelledDelegationEnds() throws Exception {
        rule(role("CANTEEN_MANAGER", false));
        WebUser canteen = login("canteen");
        WebUser finance = login("finance");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        WebUser.Page delegated = canteen.post("/approvals/delegations", Map.of("toUserId",
                String.valueOf(Demo.userId(jdbc, "finance")), "startsOn", today.toString(),
                "endsOn", today.plusDays(2).toString()));
        assertThat(delegated.redirectsTo("/approvals/delegations")).as(delegated.body()).isTrue();
        long delegation = Demo.count(jdbc, "SELECT max(id) FROM approval.delegation WHERE from_user_id = ?",
                Demo.userId(jdbc, "canteen"));
        assertThat(canteen.get("/approvals/delegations").body()).contains("我委托给 吴静怡").contains("生效中");

        Document document = submit("teacher", "88.00", true);
        assertThat(finance.get("/approvals").body()).contains(document.link());
        assertThat(notices("finance", "approval.notice.waiting", document.link())).isEqualTo(1);
        List<Integer> statuses = race(() -> decide(canteen, document.request(), "APPROVE", "", 0).status(),
                () -> decide(finance, document.request(), "APPROVE", "", 0).status());
        assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        assertThat(decidedSteps(document.request())).isEqualTo(1);

        assertThat(login("guard").post("/approvals/delegations/" + delegation + "/cancel", Map.of()).status())
                .isEqualTo(404);
        assertThat(canteen.post("/approvals/delegations/" + delegation + "/cancel", Map.of())
                .redirectsTo("/approvals/delegations")).isTrue();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.delegation WHERE id = ? AND NOT active", delegation))
                .isEqualTo(1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE entity = 'delegation' AND entity_id = ? AND action = 'CANCEL'""",
                String.valueOf(delegation))).isEqualTo(1);
        Document next = submit("teacher", "66.00", true);
        assertThat(finance.get("/approvals").body()).doesNotContain(next.link());
    }

    @Test
    void theDelegationFormRefusesOneselfAndAnEndBeforeTheStartAtTheField() {
        WebUser canteen = login("canteen");
        long before = Demo.count(jdbc, "SELECT count(*) FROM approval.delegation");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        WebUser.Page self = canteen.post("/approvals/delegations", Map.of("toUserId",
                String.valueOf(Demo.userId(jdbc, "canteen")), "startsOn", today.toString(), "endsOn", today.toString()));
        assertThat(self.status()).isEqualTo(200);
        assertThat(self.body()).contains("不能委托给自己").contains("is-invalid");
        WebUser.Page backwards = canteen.post("/approvals/delegations", Map.of("toUserId",
                String.valueOf(Demo.userId(jdbc, "guard")), "startsOn", today.toString(),
                "endsOn", today.minusDays(1).toString()));
        assertThat(backwards.status()).isEqualTo(200);
        assertThat(backwards.body()).contains("结束日期不能早于开始日期").contains("is-invalid");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.delegation")).isEqualTo(before);
    }

    @Test
    void theRulesAdminRefusesBadInputAtTheFieldsAndWritesNothing() {
        WebUser admin = login("admin");
        long rules = Demo.count(jdbc, "SELECT count(*) FROM approval.rule");
        long steps = Demo.count(jdbc, "SELECT count(*) FROM approval.rule_step");
        Map<String, String> fields = new HashMap<>(Map.of("documentType", TestDocuments.TYPE, "name", " ",
                "minAmount", "500", "maxAmount", "100", "category", category, "priority", "10",
                "steps[1].roleCode", "DEPARTMENT_HEAD", "steps[1].userId", String.valueOf(Demo.userId(jdbc, "vice")),
                "steps[2].roleCode", "VICE_PRINCIPAL"));
        WebUser.Page bad = admin.post("/approvals/rules", fields);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("必填").contains("金额上限必须大于下限").contains("请为这一步选择角色或指定人员")
                .contains("角色和指定人员只能选一个").contains("is-invalid");

        WebUser.Page none = admin.post("/approvals/rules", Map.of("documentType", TestDocuments.TYPE, "name", "没有步骤",
                "category", category, "priority", "10"));
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body()).contains("审批规则至少要有一步");

        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.rule")).isEqualTo(rules);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.rule_step")).isEqualTo(steps);
        assertThat(login("teacher").get("/approvals/rules").status()).isEqualTo(403);
    }

    @Test
    void aRuleTheAdminSavesIsUsedByTheNextSubmissionAndEditsAreVersionChecked() {
        WebUser admin = login("admin");
        String principal = String.valueOf(Demo.userId(jdbc, "principal"));
        Map<String, String> fields = new HashMap<>(Map.of("documentType", TestDocuments.TYPE, "name", "测试两步",
                "category", category, "priority", "10", "steps[0].roleCode", "DEPARTMENT_HEAD",
                "steps[0].sameDepartment", "true", "steps[1].userId", principal));
        assertThat(admin.post("/approvals/rules", fields).redirectsTo("/approvals/rules")).isTrue();
        long rule = Demo.count(jdbc, "SELECT id FROM approval.rule WHERE category = ?", category);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE entity = 'rule' AND entity_id = ? AND action = 'CREATE'""",
                String.valueOf(rule))).isEqualTo(1);
        assertThat(admin.get("/approvals/rules").body()).contains("测试两步").contains("周建华");

        Document document = submit("teacher", "700.00", true);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.step WHERE request_id = ?", document.request()))
                .isEqualTo(2);
        assertThat(decide(login("head"), document.request(), "APPROVE", "", 0).redirectsTo(document.link())).isTrue();
        WebUser principalUser = login("principal");
        assertThat(principalUser.get("/approvals").body()).contains(document.link());
        assertThat(principalUser.get("/approvals/" + document.request()).body()).contains("/decide\"")
                .contains("（第 2/2 步）");

        fields.put("name", "测试两步（改）");
        fields.put("version", "0");
        assertThat(admin.post("/approvals/rules/" + rule, fields).redirectsTo("/approvals/rules")).isTrue();
        WebUser.Page stale = admin.post("/approvals/rules/" + rule, fields);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.post("/approvals/rules/" + rule + "/active", Map.of("active", "false", "version", "1"))
                .redirectsTo("/approvals/rules")).isTrue();
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE entity = 'rule' AND entity_id = ?
                  AND action IN ('UPDATE', 'DISABLE')""", String.valueOf(rule))).isEqualTo(2);
        Document free = submit("teacher", "700.00", true);
        assertThat(status(free.request())).as("no active rule fits any more").isEqualTo("APPROVED");
    }

    @Test
    void theApiListsTheInboxAndTakesADecision() {
        rule(role("DEPARTMENT_HEAD", true));
        Document document = submit("teacher", "30.00", true);
        WebUser head = login("head");
        WebUser.Page inbox = head.getJson("/api/v1/approvals/inbox");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("\"requestId\":" + document.request()).contains("\"link\":\"" + document.link());

        String path = "/api/v1/approvals/" + document.request() + "/decide";
        WebUser.Page noReason = head.sendJson("POST", path, "{\"decision\":\"REJECT\",\"version\":0}", null);
        assertThat(noReason.status()).as("a rule naming a field is a refused field").isEqualTo(400);
        assertThat(noReason.body()).contains("approval.comment.required").contains("\"field\":\"comment\"");
        WebUser.Page rejected = head.sendJson("POST", path,
                "{\"decision\":\"REJECT\",\"comment\":\"本学期已领过\",\"version\":0}", null);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("\"outcome\":\"REJECTED\"");
        assertThat(status(document.request())).isEqualTo("REJECTED");
    }

    private static List<Integer> race(Callable<Integer> first, Callable<Integer> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
