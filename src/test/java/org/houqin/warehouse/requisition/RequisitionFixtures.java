package org.houqin.warehouse.requisition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.WebUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Requisitions sent, decided and issued through the pages, as users do it. */
public final class RequisitionFixtures {

    private final JdbcClient jdbc;

    public RequisitionFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long school() {
        return Demo.schoolId(jdbc);
    }

    long item(String code) {
        return Demo.count(jdbc, "SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", code, school());
    }

    long store(String code) {
        return Demo.count(jdbc, "SELECT id FROM warehouse.store WHERE code = ? AND school_id = ?", code, school());
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    Map<String, String> form(String store, String purpose, Object... itemAndQuantity) {
        Map<String, String> form = new HashMap<>();
        form.put("storeId", String.valueOf(store(store)));
        form.put("purpose", purpose);
        form.put("submissionKey", UUID.randomUUID().toString());
        for (int i = 0; i < itemAndQuantity.length / 2; i++) {
            form.put("lines[" + i + "].itemId", String.valueOf(item((String) itemAndQuantity[2 * i])));
            form.put("lines[" + i + "].quantity", String.valueOf(itemAndQuantity[2 * i + 1]));
        }
        return form;
    }

    static long created(WebUser.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        return Long.parseLong(page.location().replaceAll(".*/warehouse/requisitions/(\\d+)$", "$1"));
    }

    public long request(WebUser user, String store, String purpose, Object... itemAndQuantity) {
        return created(user.post("/warehouse/requisitions", form(store, purpose, itemAndQuantity)));
    }

    /** The waiting approval submission of a requisition: id and version. */
    long[] pendingApproval(long requisition) {
        long id = Demo.count(jdbc, """
                SELECT id FROM approval.request WHERE document_type = 'RQ' AND document_id = ? AND status = 'PENDING'""",
                requisition);
        long version = Demo.count(jdbc, "SELECT version FROM approval.request WHERE id = ?", id);
        return new long[] {id, version};
    }

    public WebUser.Page decide(WebUser approver, long requisition, String decision, String comment) {
        long[] pending = pendingApproval(requisition);
        Map<String, String> form = new HashMap<>();
        form.put("decision", decision);
        form.put("version", String.valueOf(pending[1]));
        if (comment != null) {
            form.put("comment", comment);
        }
        return approver.post("/approvals/" + pending[0] + "/decide", form);
    }

    public String status(long requisition) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM warehouse.requisition WHERE id = ?").param(requisition)
                .query(String.class).single());
    }

    int version(long requisition) {
        return (int) Demo.count(jdbc, "SELECT version FROM warehouse.requisition WHERE id = ?", requisition);
    }

    long line(long requisition, int position) {
        return Demo.count(jdbc, "SELECT id FROM warehouse.requisition_line WHERE requisition_id = ? AND position = ?",
                requisition, position);
    }

    /** The storekeeper's issue form as sent from the tablet: quantities per line, the receiver and a signature. */
    public Map<String, String> issueForm(long requisition, String receiver, String... quantities) {
        Map<String, String> form = new HashMap<>();
        form.put("issuedOn", today());
        form.put("receiverName", receiver);
        form.put("signature", Images.signature());
        form.put("version", String.valueOf(version(requisition)));
        for (int i = 0; i < quantities.length; i++) {
            form.put("lines[" + i + "].lineId", String.valueOf(line(requisition, i + 1)));
            form.put("lines[" + i + "].quantity", quantities[i]);
        }
        return form;
    }

    BigDecimal balance(String item, String store) {
        return Demo.asSystem(() -> jdbc.sql("SELECT coalesce(sum(quantity), 0) FROM warehouse.balance WHERE item_id = ? AND store_id = ?")
                .params(item(item), store(store)).query(BigDecimal.class).single());
    }

    BigDecimal ledgerSum(String item, String store) {
        return Demo.asSystem(() -> jdbc.sql("SELECT coalesce(sum(quantity), 0) FROM warehouse.movement WHERE item_id = ? AND store_id = ?")
                .params(item(item), store(store)).query(BigDecimal.class).single());
    }
}
