package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** 清查盘点: a scan counts a card found or misplaced, a finished room gives up the rest, approval adjusts the books. */
public class AssetStocktakeTest extends IntegrationTest {

    /** A category written by SQL, as a fix in psql would be, announced to the nodes' caches the same way (ADR 0030). */
    public static long category(org.springframework.jdbc.core.simple.JdbcClient jdbc, String code, String name) {
        long school = Demo.schoolId(jdbc);
        long id = Demo.asSystem(() -> jdbc.sql("""
                INSERT INTO assets.category (school_id, code, name, depreciable, useful_life_months)
                VALUES (?, ?, ?, true, 60) RETURNING id""").params(school, code, name)
                .query(Long.class).single());
        jdbc.sql("SELECT pg_notify('houqin_cache', ?)").param("assets.categories:" + school).query((rs, n) -> 1)
                .list();
        return id;
    }

    public static String register(WebUser keeper, org.springframework.jdbc.core.simple.JdbcClient jdbc, long category,
                           String name, String room, String value) {
        return register(keeper, jdbc, category, name, room, value, 1);
    }

    /** A card of {@code quantity} items (a batch card such as 课桌椅 ×44 when more than one). */
    public static String register(WebUser keeper, org.springframework.jdbc.core.simple.JdbcClient jdbc, long category,
                                  String name, String room, String value, int quantity) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("categoryId", String.valueOf(category));
        form.put("purchasedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(2).toString());
        form.put("quantity", String.valueOf(quantity));
        form.put("unitValue", value);
        form.put("fundingSource", "FISCAL");
        form.put("roomId", String.valueOf(Demo.count(jdbc, "SELECT id FROM places.room WHERE code = ? AND school_id = ?",
                room, Demo.schoolId(jdbc))));
        WebUser.Page created = keeper.post("/assets", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Demo.asSystem(() -> jdbc.sql("SELECT number FROM assets.asset WHERE id = ?")
                .param(AssetRegisterTest.idOf(created)).query(String.class).single());
    }

    private String status(String number) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM assets.asset WHERE number = ? AND school_id = ?")
                .params(number, Demo.schoolId(jdbc)).query(String.class).single());
    }

    private long roomOf(String number) {
        return Demo.count(jdbc, "SELECT room_id FROM assets.asset WHERE number = ? AND school_id = ?", number,
                Demo.schoolId(jdbc));
    }

    private long room(String code) {
        return Demo.count(jdbc, "SELECT id FROM places.room WHERE code = ? AND school_id = ?", code, Demo.schoolId(jdbc));
    }

    private int version(long id) {
        return (int) Demo.count(jdbc, "SELECT version FROM assets.stocktake WHERE id = ?", id);
    }

    private WebUser.Page decide(WebUser approver, long stocktake) {
        long request = Demo.count(jdbc, """
                SELECT id FROM approval.request WHERE document_type = 'ZCPD' AND document_id = ? AND status = 'PENDING'""",
                stocktake);
        return approver.post("/approvals/" + request + "/decide", Map.of("decision", "APPROVE", "comment", "同意",
                "version", String.valueOf(Demo.count(jdbc, "SELECT version FROM approval.request WHERE id = ?", request))));
    }

    @Test
    void theCountFindsMissesAndMisplacesAndOnlyTheApprovalChangesTheBooks() {
        WebUser keeper = login("storekeeper");
        long category = category(jdbc, "9910000", "清查测试器材");
        String projector = register(keeper, jdbc, category, "清查测试投影仪", "A-103", "3000");
        String speaker = register(keeper, jdbc, category, "清查测试音箱", "A-103", "800");
        String screen = register(keeper, jdbc, category, "清查测试幕布", "A-104", "600");

        WebUser.Page started = keeper.post("/assets/stocktakes", Map.of("name", "清查测试", "categoryIds",
                String.valueOf(category)));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        long id = Long.parseLong(started.location().replaceAll(".*/stocktakes/(\\d+)$", "$1"));
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.stocktake_item WHERE stocktake_id = ?", id)).isEqualTo(3);

        WebUser.Page inRoom = keeper.post("/assets/stocktakes/" + id + "/scan", Map.of("code", "a-103"));
        assertThat(inRoom.location()).endsWith("/scan?room=" + room("A-103"));
        String room = String.valueOf(room("A-103"));
        keeper.post("/assets/stocktakes/" + id + "/scan", Map.of("room", room, "code", projector));
        keeper.post("/assets/stocktakes/" + id + "/scan", Map.of("room", room, "code", screen));
        WebUser.Page unknown = keeper.post("/assets/stocktakes/" + id + "/scan", Map.of("room", room, "code", "ZC-1999-99999"));
        assertThat(unknown.status()).isEqualTo(302);
        assertThat(keeper.post("/assets/stocktakes/" + id + "/extras", Map.of("roomId", room, "name", "清查测试旧电视",
                "categoryId", String.valueOf(category), "quantity", "1", "unitValue", "500")).status()).isEqualTo(302);
        assertThat(keeper.post("/assets/stocktakes/" + id + "/rooms/" + room + "/finish", Map.of()).status()).isEqualTo(302);
        assertThat(keeper.get("/assets/stocktakes/" + id + "/scan?room=" + room).body()).contains("清查测试音箱").contains("盘亏");

        assertThat(keeper.post("/assets/stocktakes/" + id + "/finish", Map.of("version", String.valueOf(version(id))))
                .status()).isEqualTo(302);
        String report = keeper.get("/assets/stocktakes/" + id + "/report").body();
        assertThat(report).contains("应盘 3 项，账实相符 1 项，相符率 33.3%；位置不符 1 项；盘亏 1 项，原值 800.00 元；盘盈 1 项")
                .contains(speaker).contains(screen).contains("清查测试旧电视");
        assertThat(keeper.getBytes("/assets/stocktakes/" + id + "/report.xlsx").length).isGreaterThan(1000);

        assertThat(keeper.post("/assets/stocktakes/" + id + "/submit", Map.of("version", String.valueOf(version(id))))
                .status()).isEqualTo(302);
        assertThat(status(speaker)).as("nothing changes before the approval").isEqualTo("IN_USE");
        assertThat(roomOf(screen)).isEqualTo(room("A-104"));
        assertThat(decide(login("director"), id).status()).isEqualTo(302);
        assertThat(decide(login("vice"), id).status()).isEqualTo(302);

        assertThat(status(speaker)).isEqualTo("DISPOSED");
        assertThat(roomOf(screen)).isEqualTo(room("A-103"));
        assertThat(status(projector)).isEqualTo("IN_USE");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM assets.asset a JOIN assets.stocktake_extra e ON e.asset_id = a.id
                WHERE e.stocktake_id = ? AND a.name = '清查测试旧电视' AND a.room_id = ?""", id, room("A-103"))).isEqualTo(1);
        assertThat(keeper.get("/assets/stocktakes/" + id).body()).contains("已调账");
        long speakerId = Demo.count(jdbc, "SELECT id FROM assets.asset WHERE number = ?", speaker);
        assertThat(keeper.get("/assets/" + speakerId).body()).contains("清查盘亏，经审批核销");

        long missingItem = Demo.count(jdbc, "SELECT id FROM assets.stocktake_item WHERE stocktake_id = ? AND result = 'MISSING'", id);
        WebUser.Page opened = keeper.post("/assets/compensations/from-stocktake/" + missingItem, Map.of());
        assertThat(opened.status()).isEqualTo(302);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM assets.compensation WHERE stocktake_item_id = ? AND basis = 'NET_VALUE'
                  AND status = 'PENDING' AND base_amount > 0""", missingItem)).isEqualTo(1);
        assertThat(keeper.post("/assets/compensations/from-stocktake/" + missingItem, Map.of()).status()).isEqualTo(409);
        assertThat(keeper.get("/assets/stocktakes/" + id + "/report").body()).contains("已转赔偿");
    }

    @Test
    void onlyTheTeamScansAndOnlyKeepersStartOne() {
        WebUser keeper = login("storekeeper");
        long category = category(jdbc, "9920000", "清查权限测试");
        register(keeper, jdbc, category, "清查权限测试柜", "A-105", "900");
        long teacherUser = Demo.userId(jdbc, "teacher");
        WebUser.Page started = keeper.post("/assets/stocktakes", Map.of("name", "清查权限测试", "categoryIds",
                String.valueOf(category), "memberIds", String.valueOf(teacherUser)));
        long id = Long.parseLong(started.location().replaceAll(".*/stocktakes/(\\d+)$", "$1"));

        WebUser teacher = login("teacher");
        assertThat(teacher.get("/assets/stocktakes/new").status()).isEqualTo(403);
        assertThat(teacher.get("/assets/stocktakes/" + id + "/scan").status()).isEqualTo(200);
        assertThat(teacher.post("/assets/stocktakes/" + id + "/scan", Map.of("code", "A-105")).status()).isEqualTo(302);
        WebUser guard = login("guard");
        assertThat(guard.get("/assets/stocktakes/" + id).status()).isEqualTo(404);
        assertThat(guard.post("/assets/stocktakes/" + id + "/scan", Map.of("code", "A-105")).status()).isEqualTo(404);
        assertThat(teacher.post("/assets/stocktakes/" + id + "/finish", Map.of("version", "0")).status()).isEqualTo(403);

        WebUser.Page empty = keeper.post("/assets/stocktakes", Map.of("name", "空范围", "categoryIds",
                String.valueOf(category(jdbc, "9930000", "空分类"))));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("所选范围内没有资产");
    }

    private long start(WebUser keeper, String name, long category) {
        WebUser.Page started = keeper.post("/assets/stocktakes", Map.of("name", name, "categoryIds",
                String.valueOf(category)));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        return Long.parseLong(started.location().replaceAll(".*/stocktakes/(\\d+)$", "$1"));
    }

    /** Posts a scan and reads the scan page it leads to, with the message and the question it asks. */
    private String scan(WebUser keeper, long id, Map<String, String> fields) {
        WebUser.Page scanned = keeper.post("/assets/stocktakes/" + id + "/scan", fields);
        assertThat(scanned.status()).as(scanned.body()).isEqualTo(302);
        return keeper.get(scanned.location().replaceAll("^https?://[^/]+", "")).body();
    }

    private String item(long stocktake, String number, String column) {
        return Demo.asSystem(() -> jdbc.sql("SELECT " + column + "::text FROM assets.stocktake_item i"
                + " JOIN assets.asset a ON a.id = i.asset_id WHERE i.stocktake_id = ? AND a.number = ?")
                .params(stocktake, number).query(String.class).list().get(0));
    }

    @Test
    void aCardCountedInAFinishedRoomIsNotMovedByASecondScanUntilTheTeamSaysItIsHere() {
        WebUser keeper = login("storekeeper");
        long category = category(jdbc, "9950000", "清查重复扫码器材");
        String printer = register(keeper, jdbc, category, "重复扫码打印机", "A-103", "1500");
        long id = start(keeper, "重复扫码测试", category);
        String a103 = String.valueOf(room("A-103"));
        String a104 = String.valueOf(room("A-104"));

        scan(keeper, id, Map.of("room", a103, "code", printer));
        keeper.post("/assets/stocktakes/" + id + "/rooms/" + a103 + "/finish", Map.of());
        String asked = scan(keeper, id, Map.of("room", a104, "code", printer));
        assertThat(asked).contains("已在 教学楼 A-103").contains("哪个对？").contains("id=\"scan-prompt\"")
                .contains("它在这里（教学楼 A-104").contains("仍记在 教学楼 A-103");
        assertThat(item(id, printer, "i.result")).as("nothing changes before the team answers").isEqualTo("FOUND");
        assertThat(item(id, printer, "i.found_room_id")).isEqualTo(a103);

        String moved = scan(keeper, id, Map.of("room", a104, "code", printer, "moveHere", "true"));
        assertThat(moved).contains("位置不符");
        assertThat(item(id, printer, "i.result")).isEqualTo("MISPLACED");
        assertThat(item(id, printer, "i.found_room_id")).isEqualTo(a104);
    }

    @Test
    void aBatchCardCountsTheQuantitySeenAndTheApprovalWritesOffWhatIsShort() {
        WebUser keeper = login("storekeeper");
        long category = category(jdbc, "9980000", "清查批量课桌椅");
        String desks = register(keeper, jdbc, category, "批量课桌椅", "A-105", "200", 44);
        long id = start(keeper, "批量卡片测试", category);
        String a105 = String.valueOf(room("A-105"));

        String asked = scan(keeper, id, Map.of("room", a105, "code", desks));
        assertThat(asked).contains("是批量卡片（共 44 件）").contains("name=\"counted\"");
        assertThat(item(id, desks, "i.result")).as("one scan does not count all 44").isNull();
        assertThat(scan(keeper, id, Map.of("room", a105, "code", desks, "counted", "45"))).contains("应在 1 到 44 之间");
        assertThat(scan(keeper, id, Map.of("room", a105, "code", desks, "counted", "四十"))).contains("应在 1 到 44 之间");
        assertThat(item(id, desks, "i.result")).isNull();

        String counted = scan(keeper, id, Map.of("room", a105, "code", desks, "counted", "41"));
        assertThat(counted).contains("清点到 41 件，短少 3 件记为部分盘亏").contains("清点 41 / 44");
        assertThat(item(id, desks, "i.counted_quantity")).isEqualTo("41");

        assertThat(keeper.post("/assets/stocktakes/" + id + "/finish", Map.of("version", String.valueOf(version(id))))
                .status()).isEqualTo(302);
        String report = keeper.get("/assets/stocktakes/" + id + "/report").body();
        assertThat(report).contains("部分盘亏（1）").contains("41 / 44").contains("原值 600.00 元")
                .contains("其中 1 张批量卡片部分盘亏");
        assertThat(keeper.post("/assets/stocktakes/" + id + "/submit", Map.of("version", String.valueOf(version(id))))
                .status()).isEqualTo(302);
        assertThat(decide(login("director"), id).status()).isEqualTo(302);
        if (Demo.count(jdbc, "SELECT count(*) FROM approval.request WHERE document_type = 'ZCPD' AND document_id = ?"
                + " AND status = 'PENDING'", id) > 0) {
            assertThat(decide(login("vice"), id).status()).isEqualTo(302);
        }

        assertThat(Demo.count(jdbc, "SELECT quantity FROM assets.asset WHERE number = ?", desks)).isEqualTo(41);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM assets.asset WHERE split_from_id = (SELECT id FROM assets.asset WHERE number = ?)
                  AND quantity = 3 AND status = 'DISPOSED'""", desks)).isEqualTo(1);
        assertThat(keeper.get("/assets/stocktakes/" + id + "/report").body()).as("the report keeps what was counted")
                .contains("41 / 44");
    }
}
