package org.houqin.assets.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.houqin.assets.AssetStatus;
import org.houqin.assets.FundingSource;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.houqin.places.RoomType;

/**
 * The cards of the demo school's register, room by room: what a school that has just finished its 摸底清查 holds. Built
 * in memory and written by {@link AssetsDemoData} in one go.
 */
final class DemoCards {

    record Card(String name, String category, String model, String brand, String serial, String supplier,
                LocalDate purchasedOn, int quantity, String unitValue, FundingSource funding, Long roomId,
                Long departmentId, Long classId, Long custodian, AssetStatus status, String powerKw) {
    }

    private final OrganizationApi organization;
    private final LocalDate today;
    private final Random random = new Random(14885);
    private final List<Card> cards = new ArrayList<>();
    private int serial;

    DemoCards(OrganizationApi organization, LocalDate today) {
        this.organization = organization;
        this.today = today;
    }

    List<Card> build(long school, List<PlacesApi.RoomRef> rooms, Long general) {
        grounds(rooms, general);
        classrooms(school, rooms);
        staff(school, rooms);
        for (PlacesApi.RoomRef room : rooms) {
            switch (room.type()) {
                case LAB -> lab(room);
                case SPECIAL_CLASSROOM -> special(room);
                case DORMITORY -> dormitory(room);
                case CANTEEN -> canteen(room);
                case STOREROOM -> storeroom(room);
                case OFFICE -> office(room);
                default -> { }
            }
        }
        return cards;
    }

    private void grounds(List<PlacesApi.RoomRef> rooms, Long general) {
        add("校园土地（国有划拨）", "1010000", null, null, date(2005, 3, 1), 1, "8600000", general, null, null, null);
        Map<String, String[]> buildings = new LinkedHashMap<>();
        buildings.put("教学楼", new String[] {"2008", "12800000"});
        buildings.put("实验楼", new String[] {"2012", "9600000"});
        buildings.put("行政楼", new String[] {"2006", "7200000"});
        buildings.put("学生宿舍楼", new String[] {"2015", "15600000"});
        buildings.put("食堂", new String[] {"2010", "4800000"});
        buildings.forEach((name, facts) -> add(name, "1020100", "钢筋混凝土框架结构", null,
                date(Integer.parseInt(facts[0]), 8, 1), 1, facts[1], general, null, null, null));
        Long track = room(rooms, "F-01");
        add("标准田径运动场（400 米塑胶跑道）", "1030000", null, null, date(2016, 7, 20), 1, "2850000", general, track, null, null);
        add("校园围墙及大门", "1030000", null, null, date(2006, 8, 1), 1, "360000", general, null, null, null);
        add("校园监控系统", "2320000", "海康威视 64 路", "海康威视", date(2020, 8, 15), 1, "186000", general,
                room(rooms, "F-03"), null, null);
        add("校园广播系统", "2320000", "ITC T-6700", "ITC", date(2017, 8, 10), 1, "98000", general, room(rooms, "C-B03"),
                null, null);
        add("公务用车", "2030000", "别克 GL8", "别克", date(2019, 3, 12), 1, "268000", general, null, null, null);
        Long court = room(rooms, "F-02");
        add("篮球架（液压）", "3510000", "JZ-1001", "金陵", date(2016, 7, 20), 4, "6800", general, court, null, null);
        add("乒乓球台", "3510000", "双鱼 201", "双鱼", date(2018, 9, 1), 8, "2200", general, court, null, null);
        add("电子计时记分系统", "3510000", "田径专用", "泰山", date(2021, 4, 8), 1, "36000", general, track, null, null);
    }

    private void classrooms(long school, List<PlacesApi.RoomRef> rooms) {
        for (OrganizationApi.ClassRef c : organization.classes(school)) {
            Optional<PlacesApi.RoomRef> found = rooms.stream()
                    .filter(r -> r.type() == RoomType.CLASSROOM && r.name().equals(c.fullName() + "教室")).findFirst();
            if (found.isEmpty()) {
                continue;
            }
            PlacesApi.RoomRef room = found.get();
            Long teacher = c.classTeacherId();
            LocalDate built = date(2019, 8, 20);
            int students = Math.max(30, c.headCount());
            add(new Card("学生课桌椅（单人套）", "6010000", "KZY-02 升降式", "育才", null, "南京育才教学设备有限公司", built,
                    students + 2, "420", FundingSource.FISCAL, room.id(), room.departmentId(), c.id(), teacher,
                    AssetStatus.IN_USE, null));
            add(new Card("讲台", "6010000", "钢木 1.2 米", "育才", null, "南京育才教学设备有限公司", built, 1, "1200",
                    FundingSource.FISCAL, room.id(), room.departmentId(), c.id(), teacher, AssetStatus.IN_USE, null));
            add(new Card("交互式智能平板", "2320000", "希沃 86 英寸 MC86FEA", "希沃", serial("SW86"), "视源电子",
                    date(2021, 8, 15), 1, "18500", FundingSource.FISCAL, room.id(), room.departmentId(), c.id(), teacher,
                    random.nextInt(20) == 0 ? AssetStatus.REPAIRING : AssetStatus.IN_USE, "0.45"));
            for (int i = 0; i < 2; i++) {
                add(new Card("柜式空调（3 匹）", "2200100", "KFR-72LW", "格力", serial("GL72"), "格力电器专卖店",
                        date(2020 + random.nextInt(3), 6, 10), 1, "7800", FundingSource.FISCAL, room.id(),
                        room.departmentId(), c.id(), teacher, AssetStatus.IN_USE, "2.60"));
            }
            add(new Card("吊扇", "2200000", "FC-140", "美的", null, null, built, 4, "260", FundingSource.FISCAL, room.id(),
                    room.departmentId(), c.id(), teacher, AssetStatus.IN_USE, "0.07"));
            add(new Card("图书角书柜", "6010000", "钢制四门", null, null, null, built, 1, "860", FundingSource.FISCAL,
                    room.id(), room.departmentId(), c.id(), teacher, AssetStatus.IN_USE, null));
            add(new Card("电子班牌", "2010000", "21.5 英寸", "希沃", serial("BP"), "视源电子", date(2022, 8, 25), 1, "3200",
                    FundingSource.FISCAL, room.id(), room.departmentId(), c.id(), teacher, AssetStatus.IN_USE, "0.05"));
            add(new Card("教室监控摄像头", "2320000", "DS-2CD3T46", "海康威视", serial("HK"), null, date(2020, 8, 15), 1,
                    "680", FundingSource.FISCAL, room.id(), room.departmentId(), c.id(), teacher, AssetStatus.IN_USE,
                    "0.01"));
            add(new Card("教室音箱", "2320000", "壁挂式 30W", "ITC", null, null, date(2017, 8, 10), 2, "420",
                    FundingSource.FISCAL, room.id(), room.departmentId(), c.id(), teacher, AssetStatus.IN_USE, "0.03"));
        }
    }

    private void staff(long school, List<PlacesApi.RoomRef> rooms) {
        Map<Long, Long> officeOf = new HashMap<>();
        rooms.stream().filter(r -> r.type() == RoomType.OFFICE && r.departmentId() != null)
                .forEach(r -> officeOf.putIfAbsent(r.departmentId(), r.id()));
        for (OrganizationApi.StaffRef person : organization.activeStaff(school)) {
            Long office = person.departmentId() == null ? null : officeOf.get(person.departmentId());
            LocalDate bought = date(2016 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(27));
            add(new Card("台式计算机", "2010000", "联想 启天 M450", "联想", serial("LX"), "联想授权服务商", bought, 1,
                    String.valueOf(4200 + random.nextInt(12) * 100), FundingSource.FISCAL, office, person.departmentId(),
                    null, person.id(), AssetStatus.IN_USE, "0.25"));
            if (random.nextBoolean()) {
                add(new Card("笔记本电脑", "2010000", "ThinkPad E14", "联想", serial("TP"), "联想授权服务商",
                        date(2019 + random.nextInt(6), 2 + random.nextInt(9), 1 + random.nextInt(27)), 1,
                        String.valueOf(5200 + random.nextInt(8) * 100), FundingSource.FISCAL, office,
                        person.departmentId(), null, person.id(), AssetStatus.IN_USE, "0.07"));
            }
            LocalDate furniture = date(2015 + random.nextInt(4), 8, 25);
            add(new Card("办公桌", "6010000", "1.4 米带柜", null, null, null, furniture, 1, "1100", FundingSource.FISCAL,
                    office, person.departmentId(), null, person.id(), AssetStatus.IN_USE, null));
            add(new Card("办公椅", "6010000", "网布转椅", null, null, null, furniture, 1, "380", FundingSource.FISCAL,
                    office, person.departmentId(), null, person.id(), AssetStatus.IN_USE, null));
        }
    }

    private void office(PlacesApi.RoomRef room) {
        add(new Card("挂式空调（1.5 匹）", "2200100", "KFR-35GW", "美的", serial("MD35"), null, date(2019 + random.nextInt(4), 6, 1),
                1, "3200", FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(),
                AssetStatus.IN_USE, "1.10"));
        add(new Card("激光打印机", "2020000", "LaserJet Pro M404dn", "惠普", serial("HP"), null,
                date(2018 + random.nextInt(6), 3, 15), 1, "2100", FundingSource.FISCAL, room.id(), room.departmentId(),
                null, room.responsibleStaffId(), AssetStatus.IN_USE, "0.55"));
        add(new Card("文件柜", "6010000", "钢制对开门", null, null, null, date(2016, 8, 20), 2, "950", FundingSource.FISCAL,
                room.id(), room.departmentId(), null, room.responsibleStaffId(), AssetStatus.IN_USE, null));
    }

    private void lab(PlacesApi.RoomRef room) {
        LocalDate bought = date(2012, 8, 30);
        add(new Card("学生实验台（含凳）", "6010000", "全钢 2.4 米", "实验家", null, null, bought, 24, "2600",
                FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(), AssetStatus.IN_USE,
                null));
        String[][] instruments = room.name().startsWith("物理")
                ? new String[][] {{"数字示波器", "DS1102", "2680"}, {"学生电源", "J1202", "320"}, {"电子天平", "JA2003", "860"}}
                : room.name().startsWith("化学")
                ? new String[][] {{"电子天平", "JA2003", "860"}, {"磁力搅拌器", "85-2", "420"}, {"通风橱", "TFC-1500", "9800"}}
                : new String[][] {{"生物显微镜", "XSP-2CA", "1280"}, {"恒温培养箱", "DHP-9052", "2900"}};
        for (String[] instrument : instruments) {
            int count = instrument[0].equals("通风橱") || instrument[0].equals("恒温培养箱") ? 2 : 60;
            for (int i = 0; i < count; i++) {
                add(new Card(instrument[0], "2400100", instrument[1], null, serial("SY"), "教学仪器站",
                        date(2013 + random.nextInt(10), 9, 1), 1, instrument[2], FundingSource.FISCAL, room.id(),
                        room.departmentId(), null, room.responsibleStaffId(), AssetStatus.IN_USE, null));
            }
        }
        for (int i = 0; i < 2; i++) {
            add(new Card("柜式空调（3 匹）", "2200100", "KFR-72LW", "格力", serial("GL72"), null, date(2021, 6, 10), 1, "7800",
                    FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(),
                    AssetStatus.IN_USE, "2.60"));
        }
    }

    private void special(PlacesApi.RoomRef room) {
        if (room.name().startsWith("计算机教室")) {
            for (int i = 0; i < 56; i++) {
                add(new Card("学生计算机", "2010000", "联想 启天 M430", "联想", serial("LXS"), "联想授权服务商",
                        date(2018, 8, 10), 1, "3900", FundingSource.FISCAL, room.id(), room.departmentId(), null,
                        room.responsibleStaffId(), AssetStatus.IN_USE, "0.20"));
            }
            add(new Card("网络交换机", "2310000", "S5735-L48T4S", "华为", serial("HW"), null, date(2018, 8, 10), 1,
                    "6800", FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(),
                    AssetStatus.IN_USE, "0.10"));
            add(new Card("计算机桌椅", "6010000", "双人位", null, null, null, date(2018, 8, 10), 25, "900",
                    FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(),
                    AssetStatus.IN_USE, null));
        } else if (room.name().startsWith("音乐")) {
            add(new Card("立式钢琴", "3500000", "珠江 UP118", "珠江", serial("ZJ"), null, date(2014, 9, 1), 1, "16800",
                    FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(),
                    AssetStatus.IN_USE, null));
            add(new Card("电子琴", "3500000", "雅马哈 PSR-E373", "雅马哈", null, null, date(2019, 9, 1), 30, "1350",
                    FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(),
                    AssetStatus.IN_USE, null));
        } else if (room.name().startsWith("图书")) {
            String[][] books = {{"图书（文学类）", "12000"}, {"图书（科普类）", "8000"}, {"图书（社科类）", "6500"},
                    {"图书（工具书）", "1200"}};
            for (String[] book : books) {
                add(new Card(book[0], "5010000", null, null, null, "新华书店", date(2015 + random.nextInt(8), 4, 23),
                        Integer.parseInt(book[1]), "28", FundingSource.FISCAL, room.id(), room.departmentId(), null,
                        room.responsibleStaffId(), AssetStatus.IN_USE, null));
            }
            add(new Card("书架", "6010000", "钢制双面六层", null, null, null, date(2012, 8, 30), 40, "680",
                    FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(),
                    AssetStatus.IN_USE, null));
        } else if (room.name().startsWith("录播")) {
            add(new Card("常态化录播系统", "2320000", "奥威亚 AVA-RB", "奥威亚", serial("AVA"), null, date(2022, 11, 5), 1,
                    "128000", FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(),
                    AssetStatus.IN_USE, "1.20"));
        }
        add(new Card("柜式空调（3 匹）", "2200100", "KFR-72LW", "格力", serial("GL72"), null, date(2021, 6, 10), 2, "7800",
                FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(), AssetStatus.IN_USE,
                "2.60"));
    }

    private void dormitory(PlacesApi.RoomRef room) {
        LocalDate built = date(2015, 8, 20);
        add(new Card("学生上下铺床", "6010000", "钢制 0.9 米", null, null, null, built, 4, "1100", FundingSource.FISCAL,
                room.id(), room.departmentId(), null, null, AssetStatus.IN_USE, null));
        add(new Card("学生衣柜（八门）", "6010000", "钢制", null, null, null, built, 1, "2400", FundingSource.FISCAL,
                room.id(), room.departmentId(), null, null, AssetStatus.IN_USE, null));
        add(new Card("学生书桌", "6010000", "钢木 1.2 米", null, null, null, built, 2, "520", FundingSource.FISCAL,
                room.id(), room.departmentId(), null, null, AssetStatus.IN_USE, null));
        add(new Card("挂式空调（1.5 匹）", "2200100", "KFR-35GW", "美的", serial("MD35"), null, date(2020, 6, 1), 1,
                "3100", FundingSource.FISCAL, room.id(), room.departmentId(), null, null, AssetStatus.IN_USE, "1.10"));
    }

    private void canteen(PlacesApi.RoomRef room) {
        if (room.code().equals("E-102")) {
            String[][] kitchen = {{"消毒柜", "RTP-700", "3800", "2.0"}, {"双门冷藏柜", "BCD-1000", "5200", "0.6"},
                    {"蒸饭车（24 盘）", "ZF-24", "6500", "12.0"}, {"和面机", "HWT-25", "4200", "1.5"},
                    {"商用洗碗机", "XW-1800", "46000", "18.0"}};
            for (String[] k : kitchen) {
                for (int i = 0; i < 2; i++) {
                    add(new Card(k[0], k[0].contains("和面") ? "2100000" : "2200000", k[1], null, serial("CT"), null,
                            date(2018 + random.nextInt(5), 2, 20), 1, k[2], FundingSource.FISCAL, room.id(),
                            room.departmentId(), null, room.responsibleStaffId(), AssetStatus.IN_USE, k[3]));
                }
            }
        } else if (room.code().equals("E-103")) {
            add(new Card("留样冰箱", "2200000", "BC-100", "海尔", serial("HE"), null, date(2021, 3, 1), 1, "2600",
                    FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(),
                    AssetStatus.IN_USE, "0.15"));
        } else {
            add(new Card("餐桌椅（四人位）", "6010000", "不锈钢连体", null, null, null, date(2010, 8, 20),
                    room.code().equals("E-101") ? 150 : 30, "980", FundingSource.FISCAL, room.id(), room.departmentId(),
                    null, room.responsibleStaffId(), AssetStatus.IN_USE, null));
        }
    }

    private void storeroom(PlacesApi.RoomRef room) {
        if (!room.code().equals("C-B01")) {
            return;
        }
        add(new Card("学生课桌椅（单人套）", "6010000", "KZY-02 升降式", "育才", null, null, date(2019, 8, 20), 60, "420",
                FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(), AssetStatus.IDLE,
                null));
        for (int i = 0; i < 6; i++) {
            add(new Card("投影仪", "2020000", "爱普生 CB-X05", "爱普生", serial("EP"), null, date(2014, 9, 1), 1, "3600",
                    FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(),
                    AssetStatus.IDLE, "0.30"));
        }
        add(new Card("数码相机", "2020000", "佳能 EOS 90D", "佳能", serial("CN"), null, date(2020, 5, 18), 1, "8600",
                FundingSource.FISCAL, room.id(), room.departmentId(), null, room.responsibleStaffId(), AssetStatus.IDLE,
                null));
        add(new Card("便携式扩音器", "2320000", "得胜 SC-7", null, null, null, date(2022, 3, 1), 10, "260",
                FundingSource.SELF, room.id(), room.departmentId(), null, room.responsibleStaffId(), AssetStatus.IDLE,
                null));
    }

    /** Hand-overs done the way a keeper does them, signed by the receivers. */
    private String serial(String prefix) {
        return prefix + "-" + String.format("%06d", ++serial);
    }

    private LocalDate date(int year, int month, int day) {
        LocalDate date = LocalDate.of(year, month, day);
        return date.isAfter(today) ? today.minusMonths(1) : date;
    }

    static Long room(List<PlacesApi.RoomRef> rooms, String code) {
        return rooms.stream().filter(r -> r.code().equals(code)).map(PlacesApi.RoomRef::id).findFirst().orElse(null);
    }

    private void add(Card card) {
        cards.add(card);
    }

    private void add(String name, String category, String model, String brand, LocalDate purchasedOn, int quantity,
                     String unitValue, Long department, Long room, Long classId, Long custodian) {
        cards.add(new Card(name, category, model, brand, null, null, purchasedOn, quantity, unitValue,
                FundingSource.FISCAL, room, department, classId, custodian, AssetStatus.IN_USE, null));
    }
}
