package org.houqin.warehouse.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.demo.DemoData;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.time.SchoolClock;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.receipt.ReceiptForm;
import org.houqin.warehouse.receipt.Receipts;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year of the demo school's requisitions: every week the staff of seven departments take what they need, the
 * store is restocked at the start of each month, paper use falls as the school saves (the seed's goal), holidays are
 * quiet. These older ones are issued records; the last weeks' requisitions, in every state, go through the approval
 * like any other (see {@link RecentRequisitionDemoData}).
 */
@Component
class RequisitionDemoData implements DemoData {

    private record Profile(String username, String[] purposes, String store, Object[] items) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile("teacher", new String[] {"日常教学用", "单元测验印卷", "班级布置", "公开课准备"}, "PRINT",
                    new Object[] {"BG-001", 1, 4}),
            new Profile("teacher", new String[] {"日常教学用", "批改作业", "班级布置"}, "MAIN",
                    new Object[] {"BG-003", 5, 20, "BG-005", 2, 8, "BG-006", 1, 4}),
            new Profile("leader", new String[] {"年级组办公室", "年级月考印卷", "家长会资料"}, "PRINT",
                    new Object[] {"BG-001", 3, 10, "BG-002", 1, 2}),
            new Profile("leader", new String[] {"年级组办公室", "教研活动"}, "MAIN",
                    new Object[] {"BG-003", 20, 40, "BG-007", 5, 10, "BG-004", 2, 5}),
            new Profile("head", new String[] {"期中考试印卷", "月考试卷印制", "教研活动资料", "教务档案整理"}, "PRINT",
                    new Object[] {"BG-001", 8, 20, "BG-002", 1, 4, "DJ-002", 1, 1}),
            new Profile("canteen", new String[] {"后厨清洁消毒", "餐厅日常保洁"}, "MAIN",
                    new Object[] {"QJ-001", 4, 10, "QJ-003", 3, 8, "QJ-004", 3, 8, "LB-002", 2, 4}),
            new Profile("guard", new String[] {"门卫室日常", "校园巡查"}, "MAIN",
                    new Object[] {"QJ-003", 1, 3, "LB-001", 1, 2}),
            new Profile("finance", new String[] {"凭证装订归档", "报表打印"}, "PRINT",
                    new Object[] {"BG-001", 1, 3}),
            new Profile("finance", new String[] {"凭证装订归档"}, "MAIN",
                    new Object[] {"BG-007", 5, 15, "BG-008", 2, 5}),
            new Profile("worker", new String[] {"维修作业防护", "校园保洁"}, "MAIN",
                    new Object[] {"LB-001", 1, 3, "LB-002", 1, 2, "QJ-002", 1, 2}));

    private static final Map<String, String> SUPPLIERS = Map.of("办公用品", "城区文具批发部", "清洁用品", "惠民日化商行",
            "维修材料", "五金建材城", "作业本", "新华书店教材发行部", "电教耗材", "科教电子设备公司", "劳保用品", "安康劳保用品店");

    private final JdbcClient jdbc;
    private final OrganizationApi organization;
    private final IamApi iam;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final Receipts receipts;
    private final DocumentNumbers numbers;
    private final RecentRequisitionDemoData recent;
    private final SchoolClock clock;

    RequisitionDemoData(JdbcClient jdbc, OrganizationApi organization, IamApi iam, Catalogue catalogue,
                        StockLedger ledger, Receipts receipts, DocumentNumbers numbers, RecentRequisitionDemoData recent,
                        SchoolClock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.iam = iam;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.receipts = receipts;
        this.numbers = numbers;
        this.recent = recent;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 530;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        LocalDate today = clock.today();
        LocalDate start = WarehouseDemoData.openingDay(today);
        LocalDate end = today.minusDays(14);
        Map<String, Catalogue.Item> items = new HashMap<>();
        Map<Long, String> categoryNames = new HashMap<>();
        catalogue.categories(school).forEach(c -> categoryNames.put(c.id(), c.name()));
        Map<String, Long> stores = new HashMap<>();
        catalogue.stores(school).forEach(s -> stores.put(s.code(), s.id()));
        for (Catalogue.Row row : catalogue.all(school, new org.houqin.platform.web.ListQuery(null, "code", null, 1), null)) {
            catalogue.item(school, row.id()).ifPresent(item -> items.put(item.code(), item));
        }
        Map<String, Opening> openings = openings();
        Map<String, Long> users = new HashMap<>();
        Map<String, Long> departments = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Profile profile : PROFILES) {
            long user = iam.userId(profile.username()).orElseThrow();
            users.put(profile.username(), user);
            departments.put(profile.username(), iam.departmentOf(user).orElse(null));
            names.put(profile.username(), iam.displayNames(List.of(user)).get(user));
        }
        long keeper = iam.userId("storekeeper").orElseThrow();
        Random random = new Random(20251201);
        long days = ChronoUnit.DAYS.between(start, end);
        int month = -1;
        for (LocalDate day = start.plusDays(3); !day.isAfter(end); day = day.plusDays(1)) {
            if (day.getMonthValue() != month) {
                month = day.getMonthValue();
                restock(school, day, items, categoryNames, openings);
            }
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            boolean holiday = holiday(day);
            int count = holiday ? (random.nextInt(5) == 0 ? 1 : 0) : random.nextInt(3);
            double progress = (double) ChronoUnit.DAYS.between(start, day) / days;
            for (int n = 0; n < count; n++) {
                Profile profile = PROFILES.get(random.nextInt(PROFILES.size()));
                requisition(school, day, profile, progress, random, items, stores, users, departments, names, keeper);
            }
        }
        recent.load(school, today);
    }

    /** Winter and summer holidays are quiet. */
    private static boolean holiday(LocalDate day) {
        int m = day.getMonthValue();
        int d = day.getDayOfMonth();
        return (m == 1 && d > 25) || (m == 2 && d < 20) || (m == 7 && d > 12) || m == 8;
    }

    private void requisition(long school, LocalDate day, Profile profile, double progress, Random random,
                             Map<String, Catalogue.Item> items, Map<String, Long> stores, Map<String, Long> users,
                             Map<String, Long> departments, Map<String, String> names, long keeper) {
        long store = stores.get(profile.store());
        List<Object[]> lines = new ArrayList<>();
        Object[] choices = profile.items();
        for (int i = 0; i < choices.length; i += 3) {
            if (i > 0 && random.nextInt(3) == 0) {
                continue;
            }
            Catalogue.Item item = items.get((String) choices[i]);
            int min = (Integer) choices[i + 1];
            int max = (Integer) choices[i + 2];
            double factor = item.code().startsWith("BG-00") && item.name().contains("复印纸") ? 1.3 - 0.6 * progress : 1;
            boolean exams = day.getMonthValue() == 11 || day.getMonthValue() == 1 || day.getMonthValue() == 4
                    || day.getMonthValue() == 6;
            if (exams && profile.username().equals("head")) {
                factor *= 1.6;
            }
            int quantity = Math.max(1, (int) Math.round((min + random.nextInt(max - min + 1)) * factor));
            lines.add(new Object[] {item, BigDecimal.valueOf(quantity)});
        }
        String purpose = profile.purposes()[random.nextInt(profile.purposes().length)];
        int roll = random.nextInt(100);
        String status = roll < 2 ? "REJECTED" : roll < 4 ? "WITHDRAWN" : roll < 6 ? "CLOSED" : "ISSUED";
        String number = numbers.next(school, WarehouseDocuments.REQUISITION.code());
        Timestamp submitted = at(day, 8 + random.nextInt(3), random.nextInt(60));
        Timestamp approved = status.equals("WITHDRAWN") ? null : at(day, 11 + random.nextInt(3), random.nextInt(60));
        LocalDate issuedOn = random.nextInt(4) == 0 ? day.plusDays(1) : day;
        BigDecimal estimate = BigDecimal.ZERO;
        for (Object[] line : lines) {
            Catalogue.Item item = (Catalogue.Item) line[0];
            estimate = estimate.add(((BigDecimal) line[1]).multiply(cost(school, item.id(), store)));
        }
        long id = jdbc.sql("""
                INSERT INTO warehouse.requisition (school_id, number, store_id, department_id, requester_user_id,
                       requester_name, purpose, status, estimate, submitted_at, approved_at, finished_at, close_note,
                       version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 3) RETURNING id""")
                .params(school, number, store, departments.get(profile.username()), users.get(profile.username()),
                        names.get(profile.username()), purpose, status, estimate.setScale(2, RoundingMode.HALF_UP),
                        submitted, status.equals("REJECTED") ? null : approved,
                        status.equals("WITHDRAWN") || status.equals("REJECTED") ? approved
                                : at(issuedOn, 15, 30),
                        status.equals("CLOSED") ? "余下部分暂缺货，下次再领" : null)
                .query(Long.class).single();
        List<Long> lineIds = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Catalogue.Item item = (Catalogue.Item) lines.get(i)[0];
            lineIds.add(jdbc.sql("""
                    INSERT INTO warehouse.requisition_line (school_id, requisition_id, position, item_id, quantity)
                    VALUES (?, ?, ?, ?, ?) RETURNING id""")
                    .params(school, id, i + 1, item.id(), lines.get(i)[1]).query(Long.class).single());
        }
        if (!status.equals("ISSUED") && !status.equals("CLOSED")) {
            return;
        }
        long issue = jdbc.sql("""
                INSERT INTO warehouse.requisition_issue (school_id, requisition_id, issued_on, issued_by, issued_by_name,
                                                         receiver_name, created_at)
                VALUES (?, ?, ?, ?, '李秀兰', ?, ?) RETURNING id""")
                .params(school, id, issuedOn, keeper, names.get(profile.username()), at(issuedOn, 15, 30))
                .query(Long.class).single();
        for (int i = 0; i < lines.size(); i++) {
            Catalogue.Item item = (Catalogue.Item) lines.get(i)[0];
            BigDecimal asked = (BigDecimal) lines.get(i)[1];
            BigDecimal held = ledger.balance(school, item.id(), store).quantity();
            BigDecimal quantity = asked.min(held);
            if (status.equals("CLOSED") && i == 0 && quantity.compareTo(BigDecimal.ONE) > 0) {
                quantity = quantity.subtract(BigDecimal.ONE);
            }
            if (quantity.signum() <= 0) {
                continue;
            }
            long movement = ledger.stockOut(school, MovementKind.ISSUE, new StockLedger.Line(item.id(), store, quantity,
                    BigDecimal.ZERO, issuedOn, WarehouseDocuments.REQUISITION.code(), id, number, names.get(profile.username()),
                    departments.get(profile.username())));
            jdbc.sql("""
                    INSERT INTO warehouse.requisition_issue_line (school_id, issue_id, line_id, quantity, movement_id)
                    VALUES (?, ?, ?, ?, ?)""").params(school, issue, lineIds.get(i), quantity, movement).update();
            jdbc.sql("UPDATE warehouse.requisition_line SET issued = ? WHERE id = ?").params(quantity, lineIds.get(i))
                    .update();
        }
    }

    private record Opening(BigDecimal quantity, BigDecimal price) {
    }

    /** What each item was stocked with at the opening, the level restocking returns it to, and its price. */
    private static Map<String, Opening> openings() {
        Map<String, Opening> openings = new HashMap<>();
        for (WarehouseDemoData.Supply supply : WarehouseDemoData.SUPPLIES) {
            openings.put(supply.code(), new Opening(new BigDecimal(supply.opening()), new BigDecimal(supply.price())));
        }
        return openings;
    }

    /** At the start of each month, what fell to twice its reorder point is bought back to its opening level. */
    private void restock(long school, LocalDate day, Map<String, Catalogue.Item> items, Map<Long, String> categoryNames,
                         Map<String, Opening> openings) {
        Map<String, ReceiptForm> bySupplier = new HashMap<>();
        for (Catalogue.Item item : items.values()) {
            Opening opening = openings.get(item.code());
            if (opening == null || item.defaultStoreId() == null) {
                continue;
            }
            BigDecimal held = ledger.balance(school, item.id(), item.defaultStoreId()).quantity();
            if (held.compareTo(item.reorderPoint().multiply(BigDecimal.valueOf(2))) >= 0) {
                continue;
            }
            String supplier = SUPPLIERS.getOrDefault(categoryNames.get(item.categoryId()), "城区文具批发部");
            ReceiptForm form = bySupplier.computeIfAbsent(supplier + "@" + item.defaultStoreId(), key -> {
                ReceiptForm receipt = new ReceiptForm();
                receipt.setStoreId(item.defaultStoreId());
                receipt.setReceivedOn(day);
                receipt.setSupplier(supplier);
                receipt.setInvoiceNumber(String.format("%08d", Math.abs((supplier + day).hashCode()) % 100_000_000));
                return receipt;
            });
            ReceiptForm.Line line = new ReceiptForm.Line();
            line.setItemId(item.id());
            line.setQuantity(opening.quantity().subtract(held));
            line.setUnitPrice(opening.price());
            form.getLines().add(line);
        }
        bySupplier.values().forEach(form -> receipts.create(school, form));
    }

    private BigDecimal cost(long school, long item, long store) {
        StockLedger.Balance balance = ledger.balance(school, item, store);
        return balance.quantity().signum() == 0 ? BigDecimal.ZERO
                : balance.amount().divide(balance.quantity(), 4, RoundingMode.HALF_UP);
    }

    private Timestamp at(LocalDate day, int hour, int minute) {
        return Timestamp.from(day.atTime(LocalTime.of(hour, minute)).atZone(clock.zone()).toInstant());
    }
}
