package org.houqin.assets.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.houqin.assets.AssetDocuments;
import org.houqin.assets.AssetStatus;
import org.houqin.assets.FundingSource;
import org.houqin.assets.handover.AssetHandovers;
import org.houqin.assets.handover.Custody;
import org.houqin.assets.handover.HandoverForm;
import org.houqin.assets.handover.HandoverKind;
import org.houqin.assets.register.AssetForm;
import org.houqin.assets.register.AssetHistory;
import org.houqin.assets.register.Assets;
import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.demo.DemoData;
import org.houqin.platform.demo.DemoSignatures;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.Timeline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo school's asset register as a school that has just finished its 摸底清查 would have it: the land, buildings
 * and sports ground; each classroom's desks (one batch card), smart board, air conditioners and fans, held by the
 * class teacher; a computer, desk and chair for each member of staff; instruments in the laboratories, two computer
 * rooms, dormitory furniture, canteen equipment, library books as batch cards, some idle stock in the storeroom and a
 * few cards under repair. Then a few handovers signed on the spot, a loan, and a custodian's signed list.
 */
@Component
class AssetsDemoData implements DemoData {

    private final JdbcClient jdbc;
    private final OrganizationApi organization;
    private final PlacesApi places;
    private final IamApi iam;
    private final DocumentNumbers numbers;
    private final Assets assets;
    private final AssetHistory history;
    private final AssetHandovers handovers;
    private final Custody custody;
    private final SchoolClock clock;
    private List<DemoCards.Card> cards;

    AssetsDemoData(JdbcClient jdbc, OrganizationApi organization, PlacesApi places, IamApi iam,
                   DocumentNumbers numbers, Assets assets, AssetHistory history, AssetHandovers handovers,
                   Custody custody, SchoolClock clock) {
        this.history = history;
        this.jdbc = jdbc;
        this.organization = organization;
        this.places = places;
        this.iam = iam;
        this.numbers = numbers;
        this.assets = assets;
        this.handovers = handovers;
        this.custody = custody;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 560;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        List<PlacesApi.RoomRef> rooms = places.rooms(school);
        Map<String, Long> departments = new HashMap<>();
        organization.departmentNames(school).forEach((id, name) -> departments.put(name, id));
        Long general = departments.get("总务处");
        cards = new DemoCards(organization, clock.today()).build(school, rooms, general);
        Map<String, Long> categories = new HashMap<>();
        jdbc.sql("SELECT code, id FROM assets.category WHERE school_id = ?").param(school)
                .query((rs, n) -> categories.put(rs.getString(1), rs.getLong(2))).list();
        insert(school, categories);
        handovers(school, rooms);
    }

    private void handovers(long school, List<PlacesApi.RoomRef> rooms) {
        CurrentUser keeper = iam.actingAs(school, "storekeeper");
        Long teacherStaff = organization.staffByName(school, "杨佳怡").map(OrganizationApi.StaffRef::id).orElse(null);
        AssetForm laptop = new AssetForm();
        laptop.setName("笔记本电脑");
        laptop.setCategoryId(jdbc.sql("SELECT id FROM assets.category WHERE school_id = ? AND code = '2010000'")
                .param(school).query(Long.class).single());
        laptop.setModel("ThinkPad E14");
        laptop.setBrand("联想");
        laptop.setSerialNo("PF-DEMO-" + clock.today().getYear() + "-0001");
        laptop.setSupplier("联想授权服务商");
        laptop.setPurchasedOn(clock.today().minusDays(20));
        laptop.setQuantity(1);
        laptop.setUnitValue(new BigDecimal("5600"));
        laptop.setFundingSource(FundingSource.FISCAL);
        laptop.setRoomId(DemoCards.room(rooms, "C-B01"));
        long laptopId = assets.register(school, keeper, laptop);
        String laptopNumber = assets.findAny(school, laptopId).orElseThrow().number();

        HandoverForm assign = new HandoverForm();
        assign.setKind(HandoverKind.ASSIGN);
        assign.setHandedOn(clock.today().minusDays(18));
        assign.getLines().add(new HandoverForm.Line(laptopNumber, null));
        assign.setCustodianStaffId(teacherStaff);
        assign.setReceiverName("杨佳怡");
        assign.setNote("班主任工作用机");
        assign.setSignature(DemoSignatures.drawn(51));
        handovers.create(school, keeper, assign);

        String spareDesks = number(school, "SELECT number FROM assets.asset WHERE school_id = ? AND room_id = ?"
                + " AND name = '学生课桌椅（单人套）' AND status = 'IDLE'", DemoCards.room(rooms, "C-B01"));
        Long classroom = DemoCards.room(rooms, "A-101");
        HandoverForm transfer = new HandoverForm();
        transfer.setKind(HandoverKind.TRANSFER);
        transfer.setHandedOn(clock.today().minusDays(9));
        transfer.getLines().add(new HandoverForm.Line(spareDesks, 4));
        transfer.setRoomId(classroom);
        transfer.setReceiverName("杨佳怡");
        transfer.setNote("插班生增加课桌椅");
        transfer.setSignature(DemoSignatures.drawn(52));
        handovers.create(school, keeper, transfer);

        String camera = number(school, "SELECT number FROM assets.asset WHERE school_id = ? AND room_id = ?"
                + " AND name = '数码相机'", DemoCards.room(rooms, "C-B01"));
        HandoverForm loan = new HandoverForm();
        loan.setKind(HandoverKind.LOAN);
        loan.setHandedOn(clock.today().minusDays(3));
        loan.getLines().add(new HandoverForm.Line(camera, null));
        loan.setBorrower("刘文博（教务处）");
        loan.setDueOn(clock.today().plusDays(4));
        loan.setReceiverName("刘文博");
        loan.setNote("运动会拍照");
        loan.setSignature(DemoSignatures.drawn(53));
        handovers.create(school, keeper, loan);

        custody.confirm(school, iam.actingAs(school, "leader"), DemoSignatures.drawn(54));
    }

    private String number(long school, String sql, Long room) {
        return jdbc.sql(sql + " ORDER BY id LIMIT 1").params(school, room).query(String.class).single();
    }

    private void insert(long school, Map<String, Long> categories) {
        cards.sort(Comparator.comparing(DemoCards.Card::purchasedOn));
        Map<Integer, List<DemoCards.Card>> byYear = new LinkedHashMap<>();
        cards.forEach(c -> byYear.computeIfAbsent(c.purchasedOn().getYear(), y -> new ArrayList<>()).add(c));
        byYear.forEach((year, ofYear) -> {
            List<String> numbered = numbers.block(school, AssetDocuments.CARD.code(), year, ofYear.size());
            for (int i = 0; i < ofYear.size(); i++) {
                DemoCards.Card c = ofYear.get(i);
                Long category = categories.get(c.category());
                Integer life = jdbc.sql("SELECT useful_life_months FROM assets.category WHERE id = ?").param(category)
                        .query(Integer.class).optional().orElse(null);
                jdbc.sql("""
                        INSERT INTO assets.asset (school_id, number, name, category_id, model, brand, serial_no, supplier,
                               purchased_on, quantity, unit_value, funding_source, useful_life_months, room_id,
                               department_id, class_id, custodian_staff_id, status, under_repair, power_kw, qr_token,
                               created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(school, numbered.get(i), c.name(), category, c.model(), c.brand(), c.serial(),
                                c.supplier(), c.purchasedOn(), c.quantity(), new BigDecimal(c.unitValue()),
                                c.funding().name(), life, c.roomId(), c.departmentId(), c.classId(), c.custodian(),
                                c.status().name(), c.status() == AssetStatus.REPAIRING, c.powerKw() == null ? null : new BigDecimal(c.powerKw()),
                                Assets.newQrToken(), java.sql.Timestamp.from(c.purchasedOn().atTime(9, 0).atZone(clock.zone()).toInstant()))
                        .update();
            }
        });
        AssetHistory.Actor keeper = new AssetHistory.Actor(null, "李秀兰");
        List<Timeline.Entry> opening = jdbc.sql("""
                SELECT id, quantity, quantity * unit_value, created_at, status FROM assets.asset
                WHERE school_id = ? ORDER BY id""").param(school).query((rs, n) -> {
                    long id = rs.getLong(1);
                    return List.of(AssetHistory.entry(id, AssetHistory.Note.of(AssetHistory.Kind.REGISTER, null,
                            "asset.history.opening", rs.getInt(2), Assets.money(rs.getBigDecimal(3))), keeper,
                            rs.getTimestamp(4).toInstant()), AssetHistory.entry(id, AssetHistory.Note.of(
                            AssetHistory.Kind.STATUS, null, "asset.history.statusNoted",
                            Assets.statusLabel(AssetStatus.IN_USE), Assets.statusLabel(AssetStatus.REPAIRING),
                            "屏幕无显示，已报修"), keeper, clock.now().minus(java.time.Duration.ofDays(2))))
                            .subList(0, "REPAIRING".equals(rs.getString(5)) ? 2 : 1);
                }).list().stream().flatMap(List::stream).toList();
        history.recordAll(school, opening);
    }

}
