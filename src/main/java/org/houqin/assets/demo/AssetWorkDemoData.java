package org.houqin.assets.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.houqin.approval.Approvals;
import org.houqin.approval.Decision;
import org.houqin.assets.AssetDocuments;
import org.houqin.assets.compensation.AssetCompensations;
import org.houqin.assets.compensation.CompensationForm;
import org.houqin.assets.compensation.CompensationRule;
import org.houqin.assets.compensation.PaymentForm;
import org.houqin.assets.disposal.AssetDisposals;
import org.houqin.assets.disposal.DisposalForm;
import org.houqin.assets.disposal.DisposalKind;
import org.houqin.assets.stocktake.AssetStocktakeForm;
import org.houqin.assets.stocktake.AssetStocktakeScans;
import org.houqin.assets.stocktake.AssetStocktakes;
import org.houqin.assets.stocktake.ExtraForm;
import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.demo.DemoData;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo school's asset work after the register is in place: last term's dormitory stocktake, counted, approved
 * and adjusted (one air conditioner missing, one wardrobe in the wrong room, an old fan with no card); this term's
 * teaching-building stocktake half way through; old projectors scrapped with approval and an old computer waiting
 * for the director; and a few damage compensation cases — paid, due, and one still to assess.
 */
@Component
class AssetWorkDemoData implements DemoData {


    private final JdbcClient jdbc;
    private final OrganizationApi organization;
    private final IamApi iam;
    private final AssetStocktakes stocktakes;
    private final AssetDisposals disposals;
    private final AssetCompensations compensations;
    private final Approvals approvals;
    private final SchoolClock clock;

    private final AssetStocktakeScans scans;

    AssetWorkDemoData(JdbcClient jdbc, OrganizationApi organization, IamApi iam, AssetStocktakes stocktakes,
                      AssetDisposals disposals, AssetCompensations compensations, Approvals approvals, SchoolClock clock, AssetStocktakeScans scans) {
        this.scans = scans;
        this.jdbc = jdbc;
        this.organization = organization;
        this.iam = iam;
        this.stocktakes = stocktakes;
        this.disposals = disposals;
        this.compensations = compensations;
        this.approvals = approvals;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 565;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        CurrentUser keeper = iam.actingAs(school, "storekeeper");
        CurrentUser director = iam.actingAs(school, "director");
        CurrentUser vice = iam.actingAs(school, "vice");
        LocalDate today = clock.today();
        LocalDate lastTermEnd = organization.semesters(school).stream().filter(s -> s.endsOn().isBefore(today))
                .reduce((a, b) -> b).map(OrganizationApi.SemesterRef::endsOn).orElse(today.minusMonths(4));

        long finished = finishedStocktake(school, keeper, director, vice, lastTermEnd);
        runningStocktake(school, keeper);
        disposalsOf(school, keeper, director);
        compensationsOf(school, keeper, finished, today);
    }

    private long finishedStocktake(long school, CurrentUser keeper, CurrentUser director, CurrentUser vice,
                                   LocalDate lastTermEnd) {
        AssetStocktakeForm form = new AssetStocktakeForm();
        form.setName(lastTermEnd.getYear() + " 年学期末宿舍楼资产清查");
        form.setBuildings(List.of("学生宿舍楼"));
        form.setNote("宿管员配合，逐间清点");
        long id = stocktakes.start(school, keeper, form);
        Timestamp started = Timestamp.from(lastTermEnd.minusDays(3).atTime(9, 0).atZone(clock.zone()).toInstant());
        jdbc.sql("UPDATE assets.stocktake SET started_at = ? WHERE id = ?").params(started, id).update();
        long missing = asset(school, "SELECT min(a.id) FROM assets.asset a JOIN places.room r ON r.id = a.room_id"
                + " WHERE a.school_id = ? AND r.code = 'D-305' AND a.name LIKE '挂式空调%'");
        long misplaced = asset(school, "SELECT min(a.id) FROM assets.asset a JOIN places.room r ON r.id = a.room_id"
                + " WHERE a.school_id = ? AND r.code = 'D-210' AND a.name LIKE '学生衣柜%'");
        long elsewhere = room(school, "D-211");
        jdbc.sql("""
                UPDATE assets.stocktake_item SET result = 'FOUND', found_room_id = expected_room_id,
                       scanned_at = ?, scanned_by_name = '李秀兰'
                WHERE stocktake_id = ? AND asset_id NOT IN (?, ?)""").params(started, id, missing, misplaced).update();
        jdbc.sql("""
                UPDATE assets.stocktake_item SET result = 'MISPLACED', found_room_id = ?, scanned_at = ?,
                       scanned_by_name = '李秀兰'
                WHERE stocktake_id = ? AND asset_id = ?""").params(elsewhere, started, id, misplaced).update();
        ExtraForm fan = new ExtraForm();
        fan.setRoomId(room(school, "D-106"));
        fan.setName("落地电风扇");
        fan.setCategoryId(jdbc.sql("SELECT id FROM assets.category WHERE school_id = ? AND code = '2200000'")
                .param(school).query(Long.class).single());
        fan.setQuantity(1);
        fan.setUnitValue(new BigDecimal("180"));
        fan.setNote("学生自带后留在宿舍，家长同意捐给学校");
        scans.addExtra(school, keeper, id, fan);
        jdbc.sql("""
                INSERT INTO assets.stocktake_room (school_id, stocktake_id, room_id, finished_at, finished_by)
                SELECT DISTINCT ?, ?, expected_room_id, ?::timestamptz, '李秀兰' FROM assets.stocktake_item
                WHERE stocktake_id = ? AND expected_room_id IS NOT NULL""").params(school, id, started, id).update();
        stocktakes.finishCount(school, keeper, id, version(id));
        stocktakes.submit(school, keeper, id, version(id));
        for (CurrentUser approver : List.of(director, vice)) {
            Approvals.Waiting waiting = approvals.panel(school, approver, AssetDocuments.STOCKTAKE.code(), id).mine()
                    .orElseThrow(() -> new IllegalStateException("The demo stocktake waits for someone else"));
            approvals.decide(school, approver, waiting.requestId(), waiting.version(), Decision.APPROVE, "同意调整");
        }
        return id;
    }

    private void runningStocktake(long school, CurrentUser keeper) {
        AssetStocktakeForm form = new AssetStocktakeForm();
        form.setName(clock.today().getYear() + " 年秋季教学楼资产清查");
        form.setBuildings(List.of("教学楼"));
        form.setMemberIds(List.of(iam.userId("teacher").orElseThrow(), iam.userId("worker").orElseThrow()));
        form.setNote("各班班主任配合，一楼、二楼先盘");
        long id = stocktakes.start(school, keeper, form);
        String lastOfA102 = jdbc.sql("""
                SELECT max(a.number) FROM assets.asset a JOIN places.room r ON r.id = a.room_id
                WHERE a.school_id = ? AND r.code = 'A-102'""").param(school).query(String.class).single();
        jdbc.sql("""
                UPDATE assets.stocktake_item i SET result = 'FOUND', found_room_id = i.expected_room_id,
                       scanned_at = now() - interval '1 day', scanned_by_name = '杨佳怡'
                FROM assets.asset a, places.room r
                WHERE a.id = i.asset_id AND r.id = i.expected_room_id AND i.stocktake_id = ?
                  AND r.code IN ('A-101', 'A-102', 'A-103', 'A-104') AND a.number <> ?""")
                .params(id, lastOfA102).update();
        scans.finishRoom(school, keeper, id, room(school, "A-101"));
        scans.scan(school, keeper, id, room(school, "A-105"), "A-105", null, false);
    }

    private void disposalsOf(long school, CurrentUser keeper, CurrentUser director) {
        List<String> projectors = jdbc.sql("""
                SELECT number FROM assets.asset WHERE school_id = ? AND name = '投影仪' AND status = 'IDLE'
                ORDER BY number LIMIT 2""").param(school).query(String.class).list();
        DisposalForm scrap = new DisposalForm();
        scrap.setKind(DisposalKind.SCRAP);
        scrap.setDisposedOn(clock.today().minusDays(12));
        scrap.setReason("使用已满 10 年，灯泡和主板老化，维修价值不大");
        scrap.setResidualValue(new BigDecimal("60"));
        projectors.forEach(n -> scrap.getLines().add(new DisposalForm.Line(n)));
        long approved = disposals.create(school, keeper, scrap);
        Approvals.Waiting waiting = approvals.panel(school, director, AssetDocuments.DISPOSAL.code(), approved).mine()
                .orElseThrow(() -> new IllegalStateException("The demo disposal waits for someone else"));
        approvals.decide(school, director, waiting.requestId(), waiting.version(), Decision.APPROVE, "同意报废，残值交财务");

        String oldComputer = jdbc.sql("""
                SELECT number FROM assets.asset WHERE school_id = ? AND name = '台式计算机' AND status = 'IN_USE'
                ORDER BY purchased_on, number LIMIT 1""").param(school).query(String.class).single();
        DisposalForm pending = new DisposalForm();
        pending.setKind(DisposalKind.SCRAP);
        pending.setDisposedOn(clock.today());
        pending.setReason("已使用年限已满，硬盘损坏，无法运行教学软件");
        pending.setResidualValue(new BigDecimal("30"));
        pending.getLines().add(new DisposalForm.Line(oldComputer));
        disposals.create(school, keeper, pending);
    }

    private void compensationsOf(long school, CurrentUser keeper, long stocktake, LocalDate today) {
        List<OrganizationApi.ClassRef> classes = organization.classes(school);
        CompensationForm glass = new CompensationForm();
        glass.setClassId(classes.get(1).id());
        glass.setStudentName("王浩然");
        glass.setDescription("课间追逐打闹，打碎教室后窗玻璃一块");
        glass.setBasis(CompensationRule.Basis.FIXED);
        glass.setBaseAmount(new BigDecimal("85"));
        glass.setShare(new BigDecimal("100"));
        glass.setDueOn(today.plusDays(7));
        long paid = compensations.create(school, keeper, glass);
        PaymentForm payment = new PaymentForm();
        payment.setPaidAmount(new BigDecimal("85"));
        payment.setPaidOn(today);
        payment.setPayerName("王浩然家长");
        payment.setReceiptNo("CW-" + today.getYear() + "-0312");
        payment.setVersion(1);
        compensations.pay(school, keeper, paid, payment);

        CompensationForm desk = new CompensationForm();
        desk.setClassId(classes.get(3).id());
        desk.setStudentName("陈思远");
        desk.setDescription("用小刀在课桌面刻字，桌面需要更换");
        desk.setBasis(CompensationRule.Basis.REPAIR_COST);
        desk.setBaseAmount(new BigDecimal("120"));
        desk.setShare(new BigDecimal("100"));
        desk.setDueOn(today.plusDays(10));
        compensations.create(school, keeper, desk);

        long missing = jdbc.sql("SELECT min(id) FROM assets.stocktake_item WHERE stocktake_id = ? AND result = 'MISSING'")
                .param(stocktake).query(Long.class).single();
        compensations.fromStocktake(school, keeper, missing);
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM assets.stocktake WHERE id = ?").param(id).query(Integer.class).single();
    }

    private long asset(long school, String sql) {
        return jdbc.sql(sql).param(school).query(Long.class).single();
    }

    private long room(long school, String code) {
        return jdbc.sql("SELECT id FROM places.room WHERE school_id = ? AND code = ?").params(school, code)
                .query(Long.class).single();
    }
}
