package org.houqin.assets.register;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.houqin.assets.AssetDocuments;
import org.houqin.assets.AssetStatus;
import org.houqin.assets.FundingSource;
import org.houqin.assets.category.AssetCategories;
import org.houqin.assets.depreciation.Depreciation;
import org.houqin.audit.AuditLog;
import org.houqin.platform.db.Rows;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Sorts;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 资产台账: the cards, each numbered {@code ZC-2026-00001} with a QR token for its label. Every user sees the cards
 * their data scope covers (by the card's department, or the cards they hold); keepers with the whole school in scope
 * see all. A batch card (40 desks) can be split, the new card taking some of the items with the same history so far.
 */
@Service
public class Assets {

    private static final SecureRandom RANDOM = new SecureRandom();

    public record Row(long id, String number, String name, long categoryId, String categoryCode, String categoryName,
                      String model, String brand, String serialNo, String supplier, LocalDate purchasedOn,
                      int quantity, BigDecimal unitValue, FundingSource fundingSource, Integer usefulLifeMonths,
                      Long roomId, Long departmentId, Long classId, Long custodianStaffId, AssetStatus status,
                      String borrower, LocalDate warrantyUntil, BigDecimal powerKw, String note, String qrToken,
                      Long splitFromId, LocalDate disposedOn, Instant createdAt, int version) {

        public BigDecimal value() {
            return unitValue.multiply(BigDecimal.valueOf(quantity));
        }

        public Depreciation.Figures figures(YearMonth month, Depreciation.StartRule rule) {
            return Depreciation.asOf(value(), usefulLifeMonths, purchasedOn, disposedOn, month, rule);
        }

        public boolean open() {
            return status != AssetStatus.DISPOSED;
        }
    }

    /** The register's filters; a category includes the categories under it. */
    public record Filter(Long categoryId, String building, Long roomId, Long departmentId, Long classId,
                         Long custodianStaffId, AssetStatus status) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }

        public boolean any() {
            return categoryId != null || (building != null && !building.isBlank()) || roomId != null
                    || departmentId != null || classId != null || custodianStaffId != null || status != null;
        }
    }

    static final Sorts SORTS = Sorts.of("number", "a.number", "name", "a.name", "category", "c.code",
            "purchased", "a.purchased_on", "value", "a.unit_value * a.quantity", "status", "a.status");

    private final JdbcClient jdbc;
    private final AssetCategories categories;
    private final Locations locations;
    private final AssetHistory history;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final SchoolClock clock;

    Assets(JdbcClient jdbc, AssetCategories categories, Locations locations, AssetHistory history, DocumentNumbers numbers,
           AuditLog audit, SchoolClock clock) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.locations = locations;
        this.history = history;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.today();
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, CurrentUser me, ListQuery query, Filter filter) {
        Where where = where(schoolId, me, query, filter);
        long total = jdbc.sql("SELECT count(*) FROM assets.asset a WHERE " + where.sql).params(where.params)
                .query(Long.class).single();
        Map<String, Object> params = new HashMap<>(where.params);
        params.put("limit", ListQuery.PAGE_SIZE);
        params.put("offset", query.offset());
        List<Row> rows = jdbc.sql(SELECT + " WHERE " + where.sql + " ORDER BY " + SORTS.orderBy(query)
                + ", a.id DESC LIMIT :limit OFFSET :offset").params(params).query(Rows.of(Row.class)).list();
        return new PageResult<>(rows, query.page(), total);
    }

    /** Every card the filter finds, for the Excel export and the label sheets (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<Row> all(long schoolId, CurrentUser me, ListQuery query, Filter filter, int limit) {
        Where where = where(schoolId, me, query, filter);
        Map<String, Object> params = new HashMap<>(where.params);
        params.put("limit", limit);
        return jdbc.sql(SELECT + " WHERE " + where.sql + " ORDER BY " + SORTS.orderBy(query) + ", a.id DESC LIMIT :limit")
                .params(params).query(Rows.of(Row.class)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, CurrentUser me, long id) {
        SqlCondition scope = scope(me);
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("school", schoolId);
        params.put("id", id);
        return jdbc.sql(SELECT + " WHERE a.school_id = :school AND a.id = :id AND " + scope.sql()).params(params)
                .query(Rows.of(Row.class)).optional();
    }

    /** A card whatever the user's scope, for work the system does (events from other modules). */
    @Transactional(readOnly = true)
    public Optional<Row> findAny(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE a.school_id = ? AND a.id = ?").params(schoolId, id)
                .query(Rows.of(Row.class)).optional();
    }

    /** The cards a person holds, not disposed, by number. */
    @Transactional(readOnly = true)
    public List<Row> heldBy(long schoolId, long staffId) {
        return jdbc.sql(SELECT + " WHERE a.school_id = ? AND a.custodian_staff_id = ? AND a.status <> 'DISPOSED'"
                + " ORDER BY a.number").params(schoolId, staffId).query(Rows.of(Row.class)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Long> idByQrToken(long schoolId, String token) {
        return jdbc.sql("SELECT id FROM assets.asset WHERE school_id = ? AND qr_token = ?").params(schoolId, token)
                .query(Long.class).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Long> idByNumber(long schoolId, String number) {
        return jdbc.sql("SELECT id FROM assets.asset WHERE school_id = ? AND number = ?").params(schoolId, number)
                .query(Long.class).optional();
    }

    @Transactional
    public long register(long schoolId, CurrentUser me, AssetForm form) {
        AssetCategories.Category category = checked(schoolId, form);
        if (form.getPurchasedOn().isAfter(today())) {
            throw new RuleViolation("purchasedOn", "asset.purchased.future");
        }
        String number = numbers.next(schoolId, AssetDocuments.CARD);
        Integer life = lifeMonths(form, category);
        long id = Forms.unique("serialNo", "asset.serial.taken", () -> jdbc.sql("""
                INSERT INTO assets.asset (school_id, number, name, category_id, model, brand, serial_no, supplier,
                       purchased_on, quantity, unit_value, funding_source, useful_life_months, room_id, department_id,
                       class_id, custodian_staff_id, status, warranty_until, power_kw, note, qr_token)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, form.getName(), form.getCategoryId(), form.getModel(), form.getBrand(),
                        form.getSerialNo(), form.getSupplier(), form.getPurchasedOn(), form.getQuantity(),
                        form.getUnitValue(), form.getFundingSource().name(), life, form.getRoomId(),
                        form.getDepartmentId(), form.getClassId(), form.getCustodianStaffId(),
                        form.getRoomId() == null && form.getCustodianStaffId() == null && form.getClassId() == null
                                ? AssetStatus.IDLE.name() : AssetStatus.IN_USE.name(),
                        form.getWarrantyUntil(), form.getPowerKw(), form.getNote(), newQrToken())
                .query(Long.class).single());
        Row row = findAny(schoolId, id).orElseThrow();
        Locations.Names names = locations.names(schoolId, java.util.Collections.singleton(row.custodianStaffId()));
        String where = names.describe(row.roomId(), row.departmentId(), row.classId(), row.custodianStaffId());
        history.record(schoolId, id, AssetHistory.Kind.REGISTER, "登记入账：" + row.quantity() + " 件，原值 "
                + money(row.value()) + " 元" + (where.isEmpty() ? "" : "，" + where), null, me);
        audit.changedIn(schoolId, "assets", "asset", id, "CREATE", null,
                Map.of("number", number, "name", row.name(), "value", row.value()));
        return id;
    }

    /** The card's own facts; where it is and who holds it change through handovers. */
    @Transactional
    public void update(long schoolId, CurrentUser me, long id, AssetForm form) {
        Row before = lock(schoolId, me, id);
        if (!before.open()) {
            throw RuleViolation.of("asset.closed");
        }
        AssetCategories.Category category = checked(schoolId, form);
        if (form.getPurchasedOn().isAfter(today())) {
            throw new RuleViolation("purchasedOn", "asset.purchased.future");
        }
        if (form.getQuantity() != before.quantity()) {
            throw new RuleViolation("quantity", "asset.quantity.bySplit");
        }
        int saved = Forms.unique("serialNo", "asset.serial.taken", () -> jdbc.sql("""
                UPDATE assets.asset SET name = ?, category_id = ?, model = ?, brand = ?, serial_no = ?, supplier = ?,
                       purchased_on = ?, unit_value = ?, funding_source = ?, useful_life_months = ?,
                       warranty_until = ?, power_kw = ?, note = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(form.getName(), form.getCategoryId(), form.getModel(), form.getBrand(), form.getSerialNo(),
                        form.getSupplier(), form.getPurchasedOn(), form.getUnitValue(),
                        form.getFundingSource().name(), lifeMonths(form, category), form.getWarrantyUntil(),
                        form.getPowerKw(), form.getNote(), schoolId, id, form.getVersion()).update());
        if (saved != 1) {
            throw new OptimisticLockingFailureException("asset " + id + " changed");
        }
        Row after = findAny(schoolId, id).orElseThrow();
        List<String> changes = changes(before, after);
        if (!changes.isEmpty()) {
            boolean revalued = before.unitValue().compareTo(after.unitValue()) != 0;
            history.record(schoolId, id, revalued ? AssetHistory.Kind.REVALUE : AssetHistory.Kind.UPDATE,
                    String.join("；", changes), null, me);
            audit.changedIn(schoolId, "assets", "asset", id, "UPDATE", Map.of("changes", changes.size()),
                    Map.of("changes", String.join("；", changes)));
        }
    }

    /** Sets 在用, 闲置 or 维修中 by hand; loans, disposal and stocktakes set the others. */
    @Transactional
    public void setStatus(long schoolId, CurrentUser me, long id, AssetStatus status, int version, String note) {
        Row row = lock(schoolId, me, id);
        if (!status.settable() || !(row.status().settable())) {
            throw RuleViolation.of("asset.status.notSettable");
        }
        if (row.status() == status) {
            return;
        }
        move(schoolId, id, version, "status = '" + status.name() + "'");
        history.record(schoolId, id, AssetHistory.Kind.STATUS, "状态：" + label(row.status()) + " → " + label(status)
                + (note == null || note.isBlank() ? "" : "（" + note.strip() + "）"), null, me);
        audit.changedIn(schoolId, "assets", "asset", id, "UPDATE", Map.of("status", row.status().name()),
                Map.of("status", status.name()));
    }

    /** Takes {@code quantity} items off a batch card into a new card of their own, at the same place. */
    @Transactional
    public long split(long schoolId, CurrentUser me, long id, int quantity, int version) {
        Row row = lock(schoolId, me, id);
        if (!row.open()) {
            throw RuleViolation.of("asset.closed");
        }
        if (quantity < 1 || quantity >= row.quantity()) {
            throw new RuleViolation("quantity", "asset.split.quantity", row.quantity() - 1);
        }
        move(schoolId, id, version, "quantity = quantity - " + quantity);
        String number = numbers.next(schoolId, AssetDocuments.CARD);
        long newId = jdbc.sql("""
                INSERT INTO assets.asset (school_id, number, name, category_id, model, brand, serial_no, supplier,
                       purchased_on, quantity, unit_value, funding_source, useful_life_months, room_id, department_id,
                       class_id, custodian_staff_id, status, borrower, warranty_until, power_kw, note, qr_token,
                       split_from_id)
                SELECT school_id, ?, name, category_id, model, brand, NULL, supplier, purchased_on, ?, unit_value,
                       funding_source, useful_life_months, room_id, department_id, class_id, custodian_staff_id,
                       status, borrower, warranty_until, power_kw, note, ?, id
                FROM assets.asset WHERE school_id = ? AND id = ? RETURNING id""")
                .params(number, quantity, newQrToken(), schoolId, id).query(Long.class).single();
        String link = "/assets/" + newId;
        history.record(schoolId, id, AssetHistory.Kind.SPLIT, "拆分：" + quantity + " 件转入新卡片 " + number
                + "，本卡片余 " + (row.quantity() - quantity) + " 件", link, me);
        history.record(schoolId, newId, AssetHistory.Kind.SPLIT, "由 " + row.number() + " 拆分而来：" + quantity
                + " 件，购置于 " + row.purchasedOn(), "/assets/" + id, me);
        audit.changedIn(schoolId, "assets", "asset", id, "SPLIT", Map.of("quantity", row.quantity()),
                Map.of("quantity", row.quantity() - quantity, "newNumber", number));
        return newId;
    }

    /** Locks a card in the user's scope for a change; one outside it is not found. */
    @Transactional
    public Row lock(long schoolId, CurrentUser me, long id) {
        Row row = find(schoolId, me, id).orElseThrow(() -> new NotFoundException("asset", id));
        jdbc.sql("SELECT id FROM assets.asset WHERE school_id = ? AND id = ? FOR UPDATE").params(schoolId, id)
                .query(Long.class).single();
        return findAny(schoolId, id).orElseThrow();
    }

    /** Applies a change to a locked card at the version the user saw. */
    @Transactional
    public void move(long schoolId, long id, int version, String assignments) {
        int saved = jdbc.sql("UPDATE assets.asset SET " + assignments + ", version = version + 1"
                        + " WHERE school_id = ? AND id = ? AND version = ?").params(schoolId, id, version).update();
        if (saved != 1) {
            throw new OptimisticLockingFailureException("asset " + id + " changed");
        }
    }

    /** Where a card is and who holds it, as a handover leaves it. */
    public record Whereabouts(Long roomId, Long departmentId, Long classId, Long custodianStaffId) {
    }

    /** Sets a card's status for a workflow (待报废 while a disposal is decided, back again, or 已报废 with its date). */
    @Transactional
    public void markStatus(long schoolId, long id, AssetStatus status, LocalDate disposedOn) {
        jdbc.sql("""
                UPDATE assets.asset SET status = ?, disposed_on = ?, version = version + 1
                WHERE school_id = ? AND id = ?""")
                .params(status.name(), disposedOn, schoolId, id).update();
    }

    /** Puts a card in the room a stocktake found it in, as its approved adjustment. */
    @Transactional
    public void moveToRoom(long schoolId, long id, long roomId) {
        jdbc.sql("UPDATE assets.asset SET room_id = ?, version = version + 1 WHERE school_id = ? AND id = ?")
                .params(roomId, schoolId, id).update();
    }

    /** Registers what a stocktake found with no card (盘盈), once its adjustments are approved. */
    @Transactional
    public long registerFound(long schoolId, long categoryId, String name, int quantity, BigDecimal unitValue,
                              long roomId, String note) {
        AssetCategories.Category category = categories.find(schoolId, categoryId)
                .orElseThrow(() -> new NotFoundException("category", categoryId));
        String number = numbers.next(schoolId, AssetDocuments.CARD);
        return jdbc.sql("""
                INSERT INTO assets.asset (school_id, number, name, category_id, purchased_on, quantity, unit_value,
                       funding_source, useful_life_months, room_id, status, note, qr_token)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'OTHER', ?, ?, 'IN_USE', ?, ?) RETURNING id""")
                .params(schoolId, number, name, categoryId, today(), quantity, unitValue,
                        category.depreciable() ? category.usefulLifeMonths() : null, roomId, note, newQrToken())
                .query(Long.class).single();
    }

    /** Moves a locked card (a handover, loan or return), at the version it was locked with. */
    @Transactional
    public void relocate(long schoolId, Row locked, Whereabouts to, AssetStatus status, String borrower) {
        int saved = jdbc.sql("""
                UPDATE assets.asset SET room_id = ?, department_id = ?, class_id = ?, custodian_staff_id = ?,
                       status = ?, borrower = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(to.roomId(), to.departmentId(), to.classId(), to.custodianStaffId(), status.name(), borrower,
                        schoolId, locked.id(), locked.version()).update();
        if (saved != 1) {
            throw new OptimisticLockingFailureException("asset " + locked.id() + " changed");
        }
    }

    /** 1,234.50: money as a sentence of the history shows it. */
    public static String money(BigDecimal amount) {
        return new java.text.DecimalFormat("#,##0.00").format(amount);
    }

    public static String label(AssetStatus status) {
        return switch (status) {
            case IN_USE -> "在用";
            case IDLE -> "闲置";
            case REPAIRING -> "维修中";
            case LENT -> "借出";
            case PENDING_DISPOSAL -> "待报废";
            case DISPOSED -> "已报废";
        };
    }

    public static String newQrToken() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private AssetCategories.Category checked(long schoolId, AssetForm form) {
        AssetCategories.Category category = categories.find(schoolId, form.getCategoryId())
                .filter(AssetCategories.Category::active)
                .orElseThrow(() -> new RuleViolation("categoryId", "asset.category.unknown"));
        if (!category.takesCards()) {
            throw new RuleViolation("categoryId", "asset.category.heading");
        }
        if (category.depreciable() && form.getLifeYears() == null && category.usefulLifeMonths() == null) {
            throw new RuleViolation("lifeYears", "assetCategory.life.required");
        }
        return category;
    }

    private static Integer lifeMonths(AssetForm form, AssetCategories.Category category) {
        if (!category.depreciable()) {
            return null;
        }
        return form.getLifeYears() != null ? form.getLifeYears() * 12 : category.usefulLifeMonths();
    }

    private static List<String> changes(Row before, Row after) {
        List<String> changes = new ArrayList<>();
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("名称", new Object[] {before.name(), after.name()});
        fields.put("分类", new Object[] {before.categoryName(), after.categoryName()});
        fields.put("型号", new Object[] {before.model(), after.model()});
        fields.put("品牌", new Object[] {before.brand(), after.brand()});
        fields.put("序列号", new Object[] {before.serialNo(), after.serialNo()});
        fields.put("供应商", new Object[] {before.supplier(), after.supplier()});
        fields.put("购置日期", new Object[] {before.purchasedOn(), after.purchasedOn()});
        fields.put("单价", new Object[] {before.unitValue().stripTrailingZeros().toPlainString(),
                after.unitValue().stripTrailingZeros().toPlainString()});
        fields.put("经费来源", new Object[] {before.fundingSource(), after.fundingSource()});
        fields.put("使用年限（月）", new Object[] {before.usefulLifeMonths(), after.usefulLifeMonths()});
        fields.put("保修截止", new Object[] {before.warrantyUntil(), after.warrantyUntil()});
        fields.put("功率（千瓦）", new Object[] {before.powerKw() == null ? null : before.powerKw().stripTrailingZeros()
                .toPlainString(), after.powerKw() == null ? null : after.powerKw().stripTrailingZeros().toPlainString()});
        fields.put("备注", new Object[] {before.note(), after.note()});
        fields.forEach((label, pair) -> {
            if (!Objects.equals(pair[0], pair[1])) {
                changes.add(label + "：" + (pair[0] == null ? "—" : pair[0]) + " → " + (pair[1] == null ? "—" : pair[1]));
            }
        });
        return changes;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private Where where(long schoolId, CurrentUser me, ListQuery query, Filter filter) {
        SqlCondition scope = scope(me);
        StringBuilder sql = new StringBuilder("a.school_id = :school AND ").append(scope.sql());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("school", schoolId);
        if (query.hasSearch()) {
            sql.append(" AND (a.number ILIKE :like OR a.name ILIKE :like OR a.model ILIKE :like OR a.brand ILIKE :like"
                    + " OR a.serial_no ILIKE :like)");
            params.put("like", query.likePattern());
        }
        if (filter.categoryId() != null) {
            sql.append(" AND a.category_id = ANY(:categories)");
            params.put("categories", categories.withDescendants(schoolId, filter.categoryId()).toArray(Long[]::new));
        }
        if (filter.building() != null && !filter.building().isBlank()) {
            Set<Long> rooms = locations.roomsOfBuilding(schoolId, filter.building());
            sql.append(" AND a.room_id = ANY(:buildingRooms)");
            params.put("buildingRooms", rooms.toArray(Long[]::new));
        }
        if (filter.roomId() != null) {
            sql.append(" AND a.room_id = :room");
            params.put("room", filter.roomId());
        }
        if (filter.departmentId() != null) {
            sql.append(" AND a.department_id = :department");
            params.put("department", filter.departmentId());
        }
        if (filter.classId() != null) {
            sql.append(" AND a.class_id = :class");
            params.put("class", filter.classId());
        }
        if (filter.custodianStaffId() != null) {
            sql.append(" AND a.custodian_staff_id = :custodian");
            params.put("custodian", filter.custodianStaffId());
        }
        if (filter.status() != null) {
            sql.append(" AND a.status = :status");
            params.put("status", filter.status().name());
        } else {
            sql.append(" AND a.status <> 'DISPOSED'");
        }
        return new Where(sql.toString(), params);
    }

    /** The cards a user's data scope covers: by the card's department, or the ones they hold. */
    static SqlCondition scope(CurrentUser me) {
        return me.dataScope().filter("a.department_id", "a.custodian_staff_id", me.staffId());
    }

    static final String SELECT = """
            SELECT a.id, a.number, a.name, a.category_id, c.code AS category_code, c.name AS category_name, a.model,
                   a.brand, a.serial_no, a.supplier, a.purchased_on, a.quantity, a.unit_value, a.funding_source,
                   a.useful_life_months, a.room_id, a.department_id, a.class_id, a.custodian_staff_id, a.status,
                   a.borrower, a.warranty_until, a.power_kw, a.note, a.qr_token, a.split_from_id, a.disposed_on,
                   a.created_at, a.version
            FROM assets.asset a JOIN assets.category c ON c.id = a.category_id""";
}
