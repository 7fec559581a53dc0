package org.houqin.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
 * The approver's inbox over the JSON API with a token: a submission waits there, is read with its steps, decided
 * through the same service as the page's panel, and leaves the inbox; a stale version and someone else's step get a
 * 409 problem document. Every test gives its rule a category of its own, so it never meets another test's rules.
 */
class ApprovalApiTest extends IntegrationTest {

    private static final AtomicInteger DOCUMENTS = new AtomicInteger(70_000);

    @Autowired
    Approvals approvals;

    @Autowired
    IamApi iam;

    @Autowired
    TransactionTemplate transaction;

    private long school;
    private long department;
    private String category;

    @BeforeEach
    void aRuleOfItsOwnForTheHeadsDepartment() {
        school = Demo.schoolId(jdbc);
        department = SystemWork.call(() -> iam.departmentOf(Demo.userId(jdbc, "head"))).orElseThrow();
        category = "接口测试" + DOCUMENTS.incrementAndGet();
        SystemWork.call(() -> transaction.execute(status -> approvals.addRule(school, TestDocuments.TYPE, "接口规则",
                null, null, category, 10, List.of(new Approvals.StepSpec("DEPARTMENT_HEAD", true, null)))));
    }

    /** A test document the teacher submits: its submission's id. */
    private long submitted() {
        long id = DOCUMENTS.incrementAndGet();
        return SystemWork.call(() -> transaction.execute(status -> approvals.submit(school,
                new Submission(TestDocuments.TYPE, id, "TD-" + id, "接口领用" + id, new BigDecimal("88.00"), category,
                        department, Demo.userId(jdbc, "teacher"), "/test-documents/" + id))));
    }

    private String status(long request) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM approval.request WHERE id = ?").param(request)
                .query(String.class).single());
    }

    private static String decision(String decision, String comment, int version) {
        return "{\"decision\":\"" + decision + "\",\"comment\":\"" + comment + "\",\"version\":" + version + "}";
    }

    @Test
    void aSubmissionWaitsInTheApproversInboxIsDecidedThereAndLeavesIt() {
        long request = submitted();
        String head = login("head").newToken("审批接口");
        WebUser client = anonymous();

        WebUser.Page inbox = client.getWithToken("/api/v1/approvals/inbox", head);
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("\"requestId\":" + request).contains("\"total\":")
                .contains("\"size\":20");
        WebUser.Page one = client.getWithToken("/api/v1/approvals/" + request, head);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).contains("\"version\":0").contains("\"mayDecide\":true").contains("部门负责人（本部门）")
                .contains("\"status\":\"WAITING\"").contains("接口领用");

        WebUser.Page decided = client.sendJson("POST", "/api/v1/approvals/" + request + "/decide",
                decision("APPROVE", "同意", 0), head);
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.body()).contains("\"outcome\":\"APPROVED\"");
        assertThat(status(request)).isEqualTo("APPROVED");
        assertThat(client.getWithToken("/api/v1/approvals/inbox", head).body())
                .doesNotContain("\"requestId\":" + request + ",");
        assertThat(client.getWithToken("/api/v1/approvals/handled", head).body())
                .contains("\"requestId\":" + request + ",").contains("\"decision\":\"APPROVED\"");
        assertThat(login("teacher").getJson("/api/v1/approvals/submitted").body())
                .contains("\"requestId\":" + request + ",").contains("\"status\":\"APPROVED\"");
    }

    @Test
    void aDecisionOnAStaleVersionGetsAConflictAndChangesNothing() {
        long request = submitted();
        String head = login("head").newToken("审批接口");

        WebUser.Page stale = anonymous().sendJson("POST", "/api/v1/approvals/" + request + "/decide",
                decision("APPROVE", "", 3), head);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("\"status\":409").contains("error.conflict.stale");
        assertThat(status(request)).isEqualTo("PENDING");
    }

    @Test
    void someoneNotAtTheStepCannotReadOrDecideIt() {
        long request = submitted();
        String vice = login("vice").newToken("审批接口");
        WebUser client = anonymous();

        assertThat(client.getWithToken("/api/v1/approvals/inbox", vice).body())
                .doesNotContain("\"requestId\":" + request + ",");
        assertThat(client.getWithToken("/api/v1/approvals/" + request, vice).status()).isEqualTo(404);
        WebUser.Page refused = client.sendJson("POST", "/api/v1/approvals/" + request + "/decide",
                decision("APPROVE", "", 0), vice);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("\"status\":409").contains("approval.notYourStep");
        assertThat(status(request)).isEqualTo("PENDING");
    }
}
