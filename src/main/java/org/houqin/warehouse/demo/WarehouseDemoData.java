package org.houqin.warehouse.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.demo.DemoData;
import org.houqin.platform.time.SchoolClock;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.stereotype.Component;

/** The demo school's stores, the supplies a school keeps, and their opening stock a year ago. */
@Component
class WarehouseDemoData implements DemoData {

    /** A supply with its reorder point, its store, and what was counted there at the opening, at what price. */
    record Supply(String code, String name, String specification, String unit, String category, String reorder,
                  String store, String opening, String price) {
    }

    static final List<Supply> SUPPLIES = List.of(
            new Supply("BG-001", "A4 复印纸", "70g 500张/包", "包", "办公用品", "50", "PRINT", "400", "21.50"),
            new Supply("BG-002", "A3 复印纸", "70g 500张/包", "包", "办公用品", "10", "PRINT", "60", "43.00"),
            new Supply("BG-003", "中性笔", "0.5mm 黑色", "支", "办公用品", "100", "MAIN", "600", "1.20"),
            new Supply("BG-004", "中性笔芯", "0.5mm 黑色 20支/盒", "盒", "办公用品", "20", "MAIN", "80", "9.00"),
            new Supply("BG-005", "白板笔", "黑色", "支", "办公用品", "50", "MAIN", "240", "2.50"),
            new Supply("BG-006", "无尘粉笔", "白色 100支/盒", "盒", "办公用品", "30", "MAIN", "150", "6.80"),
            new Supply("BG-007", "档案盒", "A4 55mm", "个", "办公用品", "20", "MAIN", "120", "4.50"),
            new Supply("BG-008", "订书钉", "24/6 1000枚/盒", "盒", "办公用品", "20", "MAIN", "100", "1.50"),
            new Supply("QJ-001", "洗手液", "500ml", "瓶", "清洁用品", "30", "MAIN", "160", "8.90"),
            new Supply("QJ-002", "拖把", "棉线 1.2m", "把", "清洁用品", "10", "MAIN", "40", "18.00"),
            new Supply("QJ-003", "垃圾袋", "60×80cm 50只/卷", "卷", "清洁用品", "20", "MAIN", "90", "6.50"),
            new Supply("QJ-004", "消毒液", "84消毒液 1.2L", "瓶", "清洁用品", "20", "MAIN", "60", "7.80"),
            new Supply("WX-001", "LED灯管", "T8 1.2m 18W", "根", "维修材料", "30", "MAIN", "150", "16.00"),
            new Supply("WX-002", "水嘴", "铜 4分", "只", "维修材料", "10", "MAIN", "40", "28.00"),
            new Supply("WX-003", "角阀", "铜 4分", "只", "维修材料", "10", "MAIN", "30", "15.00"),
            new Supply("WX-004", "五孔插座", "86型 10A", "个", "维修材料", "10", "MAIN", "50", "9.50"),
            new Supply("WX-005", "门锁", "球形锁 通用", "把", "维修材料", "5", "MAIN", "20", "35.00"),
            new Supply("WX-006", "自攻螺丝", "4×25 500颗/盒", "盒", "维修材料", "5", "MAIN", "20", "12.00"),
            new Supply("ZY-001", "作业本", "16K 语文本", "本", "作业本", "500", "MAIN", "3000", "0.80"),
            new Supply("ZY-002", "作业本", "16K 数学本", "本", "作业本", "500", "MAIN", "3000", "0.80"),
            new Supply("DJ-001", "投影仪灯泡", "通用型", "个", "电教耗材", "2", "MAIN", "6", "260.00"),
            new Supply("DJ-002", "硒鼓", "HP 88A", "个", "电教耗材", "3", "PRINT", "12", "95.00"),
            new Supply("LB-001", "劳保手套", "棉线 12双/打", "打", "劳保用品", "5", "MAIN", "20", "15.00"),
            new Supply("LB-002", "口罩", "一次性 50只/盒", "盒", "劳保用品", "10", "MAIN", "40", "12.00"));

    private final OrganizationApi organization;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final SchoolClock clock;

    WarehouseDemoData(OrganizationApi organization, Catalogue catalogue, StockLedger ledger, SchoolClock clock) {
        this.clock = clock;
        this.organization = organization;
        this.catalogue = catalogue;
        this.ledger = ledger;
    }

    @Override
    public int order() {
        return 520;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        Map<String, Long> stores = Map.of("MAIN", catalogue.addStore(school, "MAIN", "总仓库"),
                "PRINT", catalogue.addStore(school, "PRINT", "文印室"));
        Map<String, Long> categories = catalogue.categories(school).stream()
                .collect(Collectors.toMap(Catalogue.Category::name, Catalogue.Category::id));
        LocalDate opening = openingDay(clock.today());
        for (Supply supply : SUPPLIES) {
            long store = stores.get(supply.store());
            long item = catalogue.addItem(school, supply.code(), supply.name(), supply.specification(), supply.unit(),
                    categories.get(supply.category()), new BigDecimal(supply.reorder()), store);
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(item, store, new BigDecimal(supply.opening()),
                    new BigDecimal(supply.price()), opening, "QC", null, null, "期初库存"));
        }
    }

    /** A year of history: the opening count is on the first day of the month a year ago. */
    static LocalDate openingDay(LocalDate today) {
        return today.minusMonths(12).withDayOfMonth(1);
    }
}
