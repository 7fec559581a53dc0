package org.houqin.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** 报损单: goods leave the stock only when the write-off is approved, and a returned one is cancelled. */
class WriteOffTest extends IntegrationTest {

    private long id(String sql, String code) {
        return Demo.count(jdbc, sql, code, Demo.schoolId(jdbc));
    }

    private BigDecimal held(String item) {
        return Demo.asSystem(() -> jdbc.sql("SELECT quantity FROM warehouse.balance WHERE item_id = ? AND store_id = ?")
                .params(id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", item),
                        id("SELECT id FROM warehouse.store WHERE code = ? AND school_id = ?", "MAIN"))
                .query(BigDecimal.class).single());
    }

    private Map<String, String> form(String item, String quantity) {
        Map<String, String> form = new HashMap<>();
        form.put("storeId", String.valueOf(id("SELECT id FROM warehouse.store WHERE code = ? AND school_id = ?", "MAIN")));
        form.put("reason", "DAMAGED");
        form.put("writtenOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        form.put("note", "搬运时摔坏");
        form.put("lines[0].itemId", String.valueOf(id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", item)));
        form.put("lines[0].quantity", quantity);
        return form;
    }

    private WebUser.Page decide(WebUser approver, long writeOff, String decision, String comment) {
        long request = Demo.count(jdbc, """
                SELECT id FROM approval.request WHERE document_type = 'BS' AND document_id = ? AND status = 'PENDING'""",
                writeOff);
        Map<String, String> form = new HashMap<>(Map.of("decision", decision, "version",
                String.valueOf(Demo.count(jdbc, "SELECT version FROM approval.request WHERE id = ?", request))));
        if (comment != null) {
            form.put("comment", comment);
        }
        return approver.post("/approvals/" + request + "/decide", form);
    }

    private String status(long id) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM warehouse.write_off WHERE id = ?").param(id)
                .query(String.class).single());
    }

    @Test
    void goodsAreWrittenOffOnlyOnceTheDirectorApproves() {
        WebUser storekeeper = login("storekeeper");
        BigDecimal before = held("WX-004");
        WebUser.Page created = storekeeper.post("/warehouse/write-offs", form("WX-004", "2"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(created.location().replaceAll(".*/write-offs/(\\d+)$", "$1"));
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(held("WX-004")).isEqualByComparingTo(before);
        assertThat(storekeeper.get("/warehouse/write-offs/" + id).body()).containsPattern("BS-\\d{4}-\\d{5}")
                .contains("审批中").contains("搬运时摔坏");

        assertThat(decide(login("director"), id, "APPROVE", "同意").status()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("POSTED");
        assertThat(held("WX-004")).isEqualByComparingTo(before.subtract(BigDecimal.valueOf(2)));
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.movement WHERE document_type = 'BS' AND document_id = ? AND quantity = -2""",
                id)).isEqualTo(1);
        assertThat(storekeeper.getBytes("/warehouse/write-offs/" + id + "/print.pdf").length).isGreaterThan(1000);
    }

    @Test
    void moreThanTheStoreHoldsIsRefusedAtTheLineAndAReturnedWriteOffIsCancelled() {
        WebUser storekeeper = login("storekeeper");
        long before = Demo.count(jdbc, "SELECT count(*) FROM warehouse.write_off");
        assertThat(storekeeper.post("/warehouse/write-offs", form("WX-005", "100000")).body())
                .contains("报损数量不能超过这个仓库的库存");
        Map<String, String> noNote = form("WX-005", "1");
        noNote.remove("note");
        assertThat(storekeeper.post("/warehouse/write-offs", noNote).body()).contains("必填");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.write_off")).isEqualTo(before);
        assertThat(login("teacher").post("/warehouse/write-offs", form("WX-005", "1")).status()).isEqualTo(403);

        WebUser.Page created = storekeeper.post("/warehouse/write-offs", form("WX-005", "1"));
        long id = Long.parseLong(created.location().replaceAll(".*/write-offs/(\\d+)$", "$1"));
        assertThat(decide(login("director"), id, "RETURN", "请附照片或证明人").status()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("RETURNED");
        assertThat(storekeeper.post("/warehouse/write-offs/" + id + "/cancel",
                Map.of("version", String.valueOf(Demo.count(jdbc, "SELECT version FROM warehouse.write_off WHERE id = ?", id))))
                .status()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("CANCELLED");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.movement WHERE document_type = 'BS' AND document_id = ?", id))
                .isZero();
    }
}
