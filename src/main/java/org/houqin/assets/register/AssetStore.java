package org.houqin.assets.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.houqin.assets.AssetStatus;
import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the register: cards read in a user's scope, written from values, saved at the version they were read. */
@Component
class AssetStore {


    /** A card's facts as a form gives them, for registering or editing. */
    record Facts(String name, long categoryId, String model, String brand, String serialNo, String supplier,
                 LocalDate purchasedOn, int quantity, BigDecimal unitValue, String fundingSource,
                 Integer usefulLifeMonths, LocalDate warrantyUntil, BigDecimal powerKw, String note) {
    }

    /** A card's state as its steps need it. */
    record State(long id, int version, AssetStatus status, boolean underRepair, LocalDate disposedOn, Long roomId,
                 Long departmentId, Long classId, Long custodianStaffId, String borrower) {
    }

    private final JdbcClient jdbc;

    AssetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<AssetRow> page(Where where, ListQuery query) {
        return listing(where).orderBy(Assets.SORTS, query, "a.id DESC").page(query, AssetRow.class);
    }

    List<AssetRow> all(Where where, ListQuery query, int limit) {
        return listing(where).orderBy(Assets.SORTS, query, "a.id DESC").all(limit, AssetRow.class);
    }

    void forEach(Where where, ListQuery query, int limit, Consumer<AssetRow> each) {
        listing(where).orderBy(Assets.SORTS, query, "a.id DESC").forEach(limit, AssetRow.class, each);
    }

    private Listing listing(Where where) {
        return Listing.of(jdbc, COLUMNS, FROM).countFrom("assets.asset a").where(where);
    }

    Optional<AssetRow> find(long schoolId, long id, SqlCondition scope) {
        Where where = Where.of("a.school_id", "school", schoolId).and("a.id = :id", "id", id).and(scope);
        return jdbc.sql(SELECT + where.sql()).params(where.params()).query(Rows.of(AssetRow.class)).optional();
    }

    Optional<AssetRow> findAny(long schoolId, long id) {
        return find(schoolId, id, SqlCondition.TRUE);
    }

    List<AssetRow> heldBy(long schoolId, long staffId) {
        return jdbc.sql(SELECT + " WHERE a.school_id = ? AND a.custodian_staff_id = ? AND a.status <> 'DISPOSED'"
                + " ORDER BY a.number").params(schoolId, staffId).query(Rows.of(AssetRow.class)).list();
    }

    Optional<Long> idByQrToken(long schoolId, String token) {
        return jdbc.sql("SELECT id FROM assets.asset WHERE school_id = ? AND qr_token = ?").params(schoolId, token)
                .query(Long.class).optional();
    }

    Optional<Long> idByNumber(long schoolId, String number) {
        return jdbc.sql("SELECT id FROM assets.asset WHERE school_id = ? AND number = ?").params(schoolId, number)
                .query(Long.class).optional();
    }

    /** The register's list condition: the user's scope, the search and each filter that was given. */
    static Where where(long schoolId, SqlCondition scope, ListQuery query, AssetFilter filter,
                       java.util.Set<Long> categories, java.util.Set<Long> buildingRooms) {
        Where where = Where.of("a.school_id", "school", schoolId).and(scope).search(query, SEARCH)
                .equal("a.room_id", filter.roomId()).equal("a.department_id", filter.departmentId())
                .equal("a.class_id", filter.classId()).equal("a.custodian_staff_id", filter.custodianStaffId());
        if (categories != null) {
            where.and("a.category_id = ANY(:categories)", "categories", categories.toArray(Long[]::new));
        }
        if (buildingRooms != null) {
            where.and("a.room_id = ANY(:buildingRooms)", "buildingRooms", buildingRooms.toArray(Long[]::new));
        }
        return filter.status() != null ? where.equal("a.status", filter.status())
                : where.and("a.status <> 'DISPOSED'");
    }

    /** Reads a card's state under a row lock, for a step. */
    Optional<State> lockState(long schoolId, long id) {
        return jdbc.sql("""
                SELECT id, version, status, under_repair, disposed_on, room_id, department_id, class_id,
                       custodian_staff_id, borrower
                FROM assets.asset WHERE school_id = ? AND id = ? FOR UPDATE""").params(schoolId, id)
                .query(Rows.of(State.class)).optional();
    }

    /** Saves a card's state where it still has the status and version it was read with. */
    boolean save(long schoolId, AssetCard card) {
        Whereabouts w = card.where;
        return jdbc.sql("""
                UPDATE assets.asset SET status = ?, under_repair = ?, disposed_on = ?, room_id = ?, department_id = ?,
                       class_id = ?, custodian_staff_id = ?, borrower = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND status = ? AND version = ?""")
                .params(card.status.name(), card.underRepair, card.disposedOn, w.roomId(), w.departmentId(),
                        w.classId(), w.custodianStaffId(), card.borrower, schoolId, card.id, card.readStatus.name(),
                        card.version).update() == 1;
    }

    long insert(long schoolId, String number, Facts facts, Whereabouts where, AssetStatus status,
                String qrToken) {
        return jdbc.sql("""
                INSERT INTO assets.asset (school_id, number, name, category_id, model, brand, serial_no, supplier,
                       purchased_on, quantity, unit_value, funding_source, useful_life_months, room_id, department_id,
                       class_id, custodian_staff_id, status, warranty_until, power_kw, note, qr_token)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, facts.name(), facts.categoryId(), facts.model(), facts.brand(),
                        facts.serialNo(), facts.supplier(), facts.purchasedOn(), facts.quantity(), facts.unitValue(),
                        facts.fundingSource(), facts.usefulLifeMonths(), where.roomId(), where.departmentId(),
                        where.classId(), where.custodianStaffId(), status.name(), facts.warrantyUntil(),
                        facts.powerKw(), facts.note(), qrToken)
                .query(Long.class).single();
    }

    /** Changes a card's own facts at the version the form was opened with; the quantity changes only by a split. */
    boolean update(long schoolId, long id, int version, Facts facts) {
        return jdbc.sql("""
                UPDATE assets.asset SET name = ?, category_id = ?, model = ?, brand = ?, serial_no = ?, supplier = ?,
                       purchased_on = ?, unit_value = ?, funding_source = ?, useful_life_months = ?,
                       warranty_until = ?, power_kw = ?, note = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(facts.name(), facts.categoryId(), facts.model(), facts.brand(), facts.serialNo(),
                        facts.supplier(), facts.purchasedOn(), facts.unitValue(), facts.fundingSource(),
                        facts.usefulLifeMonths(), facts.warrantyUntil(), facts.powerKw(), facts.note(), schoolId, id,
                        version).update() == 1;
    }

    /** Takes {@code quantity} items off a card at the version it was read with. */
    boolean reduce(long schoolId, long id, int version, int quantity) {
        return jdbc.sql("""
                UPDATE assets.asset SET quantity = quantity - ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ? AND quantity > ?""")
                .params(quantity, schoolId, id, version, quantity).update() == 1;
    }

    /** A new card with {@code quantity} items of {@code from}, the same in all but number, serial and QR token. */
    long insertSplit(long schoolId, long from, String number, int quantity, String qrToken) {
        return jdbc.sql("""
                INSERT INTO assets.asset (school_id, number, name, category_id, model, brand, serial_no, supplier,
                       purchased_on, quantity, unit_value, funding_source, useful_life_months, room_id, department_id,
                       class_id, custodian_staff_id, status, under_repair, borrower, warranty_until, power_kw, note,
                       qr_token, split_from_id)
                SELECT school_id, ?, name, category_id, model, brand, NULL, supplier, purchased_on, ?, unit_value,
                       funding_source, useful_life_months, room_id, department_id, class_id, custodian_staff_id,
                       status, under_repair, borrower, warranty_until, power_kw, note, ?, id
                FROM assets.asset WHERE school_id = ? AND id = ? RETURNING id""")
                .params(number, quantity, qrToken, schoolId, from).query(Long.class).single();
    }

    /** Names often carry Latin brands and models (联想 ThinkPad), so every column is compared whatever its case. */
    private static final Search SEARCH = Search.in().ignoringCase("a.number", "a.name", "a.model", "a.brand",
            "a.serial_no");

    private static final String FROM = "assets.asset a JOIN assets.category c ON c.id = a.category_id";

    static final String SELECT = "SELECT " + AssetStore.COLUMNS + " FROM " + FROM;

    private static final String COLUMNS = """
            a.id, a.number, a.name, a.category_id, c.code AS category_code, c.name AS category_name, a.model,
                   a.brand, a.serial_no, a.supplier, a.purchased_on, a.quantity, a.unit_value, a.funding_source,
                   a.useful_life_months, a.room_id, a.department_id, a.class_id, a.custodian_staff_id, a.status,
                   a.borrower, a.warranty_until, a.power_kw, a.note, a.qr_token, a.split_from_id, a.disposed_on,
                   a.created_at, a.version""";
}
