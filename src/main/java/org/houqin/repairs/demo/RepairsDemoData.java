package org.houqin.repairs.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.demo.DemoData;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.settings.SettingChanges;
import org.houqin.platform.time.SchoolClock;
import org.houqin.repairs.RepairDocuments;
import org.houqin.repairs.RepairsPermissions;
import org.houqin.repairs.category.CategoryService;
import org.houqin.repairs.settings.RepairSettingKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A semester of the demo school's repairs (about three hundred, in every state, most of them lamps, taps and door
 * locks, as the seed's offices count them), four maintenance plans, and guest reporting switched on.
 */
@Component
class RepairsDemoData implements DemoData {

    private static final int REQUESTS = 300;
    private static final int DAYS = 85;

    /** A kind of fault: its category, how often it happens, what reporters write, what it uses. */
    private record Fault(String category, int weight, List<String> texts, String material, String unit, int most) {
    }

    private static final List<Fault> FAULTS = List.of(
            new Fault("照明", 30, List.of("灯管不亮，教室后排很暗", "日光灯一闪一闪", "走廊灯不亮", "灯管两头发黑，亮度不够"), "灯管", "根", 3),
            new Fault("水路阀门", 14, List.of("水龙头关不紧，一直滴水", "洗手池水嘴坏了", "厕所冲水阀漏水", "水管接头渗水"), "水嘴", "只", 1),
            new Fault("电路插座", 10, List.of("插座没电", "开关面板松动", "讲台插座烧黑了"), "插座", "个", 1),
            new Fault("门窗锁具", 16, List.of("门锁打不开", "窗户合页断了，关不上", "门把手脱落", "玻璃有裂缝"), "门锁", "把", 1),
            new Fault("课桌椅", 10, List.of("课桌桌腿松动", "椅子靠背断了", "桌面板开裂"), "螺丝", "颗", 8),
            new Fault("多媒体教学设备", 8, List.of("投影仪不显示", "一体机触摸失灵", "音箱没有声音", "展台无法启动"), null, null, 0),
            new Fault("网络电脑", 5, List.of("办公室网络连不上", "电脑开不了机", "打印机卡纸"), "网线", "米", 10),
            new Fault("空调", 4, List.of("空调不制热", "空调漏水", "遥控器失灵"), null, null, 0),
            new Fault("墙面屋顶", 2, List.of("墙皮脱落", "屋顶渗水，下雨天滴水"), null, null, 0),
            new Fault("其他", 1, List.of("黑板松动", "窗帘轨道坏了"), null, null, 0));

    private final JdbcClient jdbc;
    private final OrganizationApi organization;
    private final IamApi iam;
    private final PlacesApi places;
    private final CategoryService categories;
    private final DocumentNumbers numbers;
    private final SchoolClock clock;
    private final SettingChanges settings;

    RepairsDemoData(JdbcClient jdbc, OrganizationApi organization, IamApi iam, PlacesApi places, CategoryService categories,
                    DocumentNumbers numbers, SchoolClock clock, SettingChanges settings) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.iam = iam;
        this.places = places;
        this.categories = categories;
        this.numbers = numbers;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        settings.change(school, RepairSettingKeys.GUEST_REPORTING, true);
        Map<String, Long> categoryIds = new java.util.HashMap<>();
        categories.all(school).forEach(c -> categoryIds.put(c.name(), c.id()));
        List<PlacesApi.RoomRef> rooms = places.rooms(school);
        List<IamApi.UserRef> reporters = reporters(school);
        IamApi.UserRef worker = iam.usersWithPermission(school, RepairsPermissions.WORK).get(0);
        IamApi.UserRef director = iam.usersWithPermission(school, RepairsPermissions.DISPATCH).get(0);
        Random random = new Random(2026);
        Instant now = clock.now();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            // a busy last few days, so the board has work in every state
            int days = i < REQUESTS / 8 ? 3 : DAYS;
            times.add(workingTime(now.minus(Duration.ofMinutes(random.nextInt(days * 24 * 60))), now, random));
        }
        times.sort(Comparator.naturalOrder());
        long lampPlan = plans(school, categoryIds, rooms, worker, now);
        List<Integer> planRounds = List.of(REQUESTS / 10, REQUESTS * 3 / 10, REQUESTS / 2);
        for (int i = 0; i < times.size(); i++) {
            Instant reported = times.get(i);
            if (planRounds.contains(i)) {
                long id = new DemoRepair(jdbc, school, random, now).create(numbers.next(school, RepairDocuments.REQUEST.code(),
                                clock.at(reported).getYear()), categoryIds.get("照明"), rooms.get(0),
                        "逐间检查教室灯管、开关，更换损坏灯管", new IamApi.UserRef(0, "教室灯具巡检"), reported, worker,
                        director, "灯管", "根", 4);
                jdbc.sql("UPDATE repairs.request SET plan_id = ?, plan_due_on = ? WHERE id = ?")
                        .params(lampPlan, clock.dateOf(reported), id).update();
                continue;
            }
            Fault fault = pick(random);
            PlacesApi.RoomRef room = rooms.get(random.nextInt(rooms.size()));
            IamApi.UserRef reporter = reporters.get(random.nextInt(reporters.size()));
            new DemoRepair(jdbc, school, random, now).create(numbers.next(school, RepairDocuments.REQUEST.code(),
                            clock.at(reported).getYear()), categoryIds.get(fault.category()), room,
                    fault.texts().get(random.nextInt(fault.texts().size())), reporter, reported, worker, director,
                    fault.material(), fault.unit(), fault.most());
        }
        // the office was reminded of what ran late before today; what turns late from now on is reminded by the job
        jdbc.sql("UPDATE repairs.request SET overdue_notified = true WHERE school_id = ? AND due_at < ?")
                .params(school, ts(now.minus(Duration.ofDays(1)))).update();
    }

    private List<IamApi.UserRef> reporters(long school) {
        List<IamApi.UserRef> reporters = new ArrayList<>(iam.usersWithPermission(school, RepairsPermissions.REPORT));
        // the teacher reports most, as teachers do
        iam.userId("teacher").ifPresent(id -> {
            for (int i = 0; i < 4; i++) {
                reporters.add(new IamApi.UserRef(id, "杨佳怡"));
            }
        });
        return reporters;
    }

    private static Fault pick(Random random) {
        int total = FAULTS.stream().mapToInt(Fault::weight).sum();
        int n = random.nextInt(total);
        for (Fault fault : FAULTS) {
            n -= fault.weight();
            if (n < 0) {
                return fault;
            }
        }
        return FAULTS.get(0);
    }

    /** Moves a time into a school day, 7:30 to 17:30 on a weekday, never later than now. */
    private Instant workingTime(Instant time, Instant now, Random random) {
        int minute = 7 * 60 + 30 + random.nextInt(10 * 60);
        java.time.LocalDate day = clock.dateOf(time);
        Instant at = day.atStartOfDay(clock.zone()).plusMinutes(minute).toInstant();
        while (day.getDayOfWeek().getValue() > 5 || at.isAfter(now)) {
            day = day.minusDays(1);
            at = day.atStartOfDay(clock.zone()).plusMinutes(minute).toInstant();
        }
        return at;
    }

    /** The demo's maintenance plans; returns the monthly lamp round's id, whose past rounds the loop creates. */
    private long plans(long school, Map<String, Long> categoryIds, List<PlacesApi.RoomRef> rooms, IamApi.UserRef worker,
                       Instant now) {
        LocalDate today = clock.dateOf(now);
        plan(school, "灭火器月检", categoryIds.get("其他"), null, "全校各楼层", "检查灭火器压力、铅封和有效期，填写检查卡",
                "MONTHLY", today.withDayOfMonth(1).plusMonths(1), worker.id());
        plan(school, "二次供水水箱清洗消毒", categoryIds.get("水路阀门"), null, "教学楼A楼顶水箱", "清洗消毒水箱，留存水质检测报告",
                "SEMESTER", LocalDate.of(today.getYear() + 1, 2, 15), null);
        plan(school, "夏季前空调清洗", categoryIds.get("空调"), null, "全校空调", "清洗空调滤网和室外机，检查制冷",
                "YEARLY", LocalDate.of(today.getYear() + 1, 5, 15), null);
        plan(school, "教室灯具巡检", categoryIds.get("照明"), rooms.get(0).id(), null, "逐间检查教室灯管、开关，更换损坏灯管",
                "MONTHLY", today.plusDays(3), worker.id());
        return jdbc.sql("SELECT id FROM repairs.plan WHERE school_id = ? AND name = '教室灯具巡检'").param(school)
                .query(Long.class).single();
    }

    private void plan(long school, String name, long category, Long room, String location, String description,
                      String cadence, LocalDate next, Long worker) {
        jdbc.sql("""
                INSERT INTO repairs.plan (school_id, name, category_id, room_id, location, description, cadence,
                                          next_due_on, assignee_user_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(school, name, category, room, location, description, cadence, next, worker).update();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static BigDecimal hours(Instant from, Instant to) {
        return BigDecimal.valueOf(Math.max(1, Duration.between(from, to).toMinutes() / 6) / 10.0);
    }
}
