package org.houqin.places.demo;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.houqin.organization.OrganizationApi;
import org.houqin.places.RoomType;
import org.houqin.platform.demo.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo school's campus: a teaching building, a laboratory building, an administration building, a dormitory,
 * a canteen and outdoor grounds, about 200 rooms of every type, classrooms given to their class and class teacher.
 */
@Component
class PlacesDemoData implements DemoData {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final OrganizationApi organization;
    private long school;
    private long campus;
    private Map<Long, String> classes;
    private Map<Long, String> departments;

    PlacesDemoData(JdbcClient jdbc, OrganizationApi organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load() {
        school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        campus = jdbc.sql("INSERT INTO places.campus (school_id, name, address) VALUES (?, '主校区', '示范市教育路 1 号') RETURNING id")
                .param(school).query(Long.class).single();
        classes = organization.classNames(school);
        departments = organization.departmentNames(school);
        teachingBuilding();
        labBuilding();
        officeBuilding();
        dormitory();
        canteen();
        grounds();
    }

    private void teachingBuilding() {
        long building = building("A", "教学楼", 5, 0, 2008);
        List<Long> classIds = List.copyOf(classes.keySet());
        for (int i = 0; i < classIds.size(); i++) {
            int floor = 1 + i / 8;
            long classId = classIds.get(i);
            String code = "A-" + floor + String.format("%02d", i % 8 + 1);
            Long teacher = classTeacher(classId);
            room(building, floor, code, classes.get(classId) + "教室", RoomType.CLASSROOM, "68.00", teacher,
                    gradeGroup(classes.get(classId)), classId);
        }
        for (int floor = 1; floor <= 5; floor++) {
            room(building, floor, "A-" + floor + "20", floor + "楼教师办公室", RoomType.OFFICE, "45.00",
                    null, department("年级组"), null);
        }
        room(building, 1, "A-130", "教学楼器材室", RoomType.STOREROOM, "20.00", staff("李秀兰"), department("总务处"), null);
    }

    private void labBuilding() {
        long building = building("B", "实验楼", 4, 0, 2012);
        String[][] labs = {{"物理实验室"}, {"化学实验室"}, {"生物实验室"}};
        int n = 0;
        for (int floor = 1; floor <= 3; floor++) {
            for (int i = 1; i <= 3; i++) {
                room(building, floor, "B-" + floor + "0" + i, labs[floor - 1][0] + i, RoomType.LAB, "90.00",
                        null, department("教务处"), null);
                n++;
            }
            room(building, floor, "B-" + floor + "10", labs[floor - 1][0].replace("实验室", "准备室"), RoomType.STOREROOM,
                    "30.00", null, department("教务处"), null);
        }
        String[] special = {"音乐教室", "美术教室", "计算机教室1", "计算机教室2", "舞蹈室", "录播教室", "图书阅览室", "心理咨询室"};
        for (int i = 0; i < special.length; i++) {
            room(building, 4, "B-4" + String.format("%02d", i + 1), special[i], RoomType.SPECIAL_CLASSROOM, "85.00",
                    null, department("教务处"), null);
        }
    }

    private void officeBuilding() {
        long building = building("C", "行政楼", 4, 1, 2006);
        String[][] offices = {{"校长室", "校长室"}, {"副校长室", "校长室"}, {"教务处办公室", "教务处"},
                {"政教处办公室", "政教处"}, {"总务处办公室", "总务处"}, {"财务室", "财务室"}, {"保卫处办公室", "保卫处"},
                {"会议室", "校长室"}, {"档案室", "校长室"}, {"文印室", "总务处"}, {"校史室", "校长室"}, {"接待室", "校长室"}};
        for (int i = 0; i < offices.length; i++) {
            int floor = 1 + i / 4;
            room(building, floor, "C-" + floor + String.format("%02d", i % 4 + 1), offices[i][0],
                    offices[i][0].contains("档案") || offices[i][0].contains("文印") ? RoomType.OTHER : RoomType.OFFICE,
                    "36.00", null, department(offices[i][1]), null);
        }
        for (int i = 1; i <= 6; i++) {
            room(building, 4, "C-4" + String.format("%02d", i), "教研室" + i, RoomType.OFFICE, "40.00", null,
                    department("教务处"), null);
        }
        room(building, -1, "C-B01", "总仓库", RoomType.STOREROOM, "120.00", staff("李秀兰"), department("总务处"), null);
        room(building, -1, "C-B02", "维修工具间", RoomType.STOREROOM, "40.00", staff("张师傅"), department("总务处"), null);
        room(building, -1, "C-B03", "配电室", RoomType.OTHER, "30.00", staff("张师傅"), department("总务处"), null);
    }

    private void dormitory() {
        long building = building("D", "学生宿舍楼", 6, 0, 2015);
        for (int floor = 1; floor <= 6; floor++) {
            for (int i = 1; i <= 15; i++) {
                room(building, floor, "D-" + floor + String.format("%02d", i), floor + String.format("%02d", i) + "宿舍",
                        RoomType.DORMITORY, "24.00", null, department("政教处"), null);
            }
        }
        room(building, 1, "D-100", "宿管值班室", RoomType.OFFICE, "15.00", staff("孙卫东"), department("保卫处"), null);
    }

    private void canteen() {
        long building = building("E", "食堂", 2, 0, 2010);
        room(building, 1, "E-101", "学生餐厅", RoomType.CANTEEN, "600.00", staff("赵春梅"), department("食堂"), null);
        room(building, 1, "E-102", "后厨操作间", RoomType.CANTEEN, "180.00", staff("赵春梅"), department("食堂"), null);
        room(building, 1, "E-103", "食品留样间", RoomType.CANTEEN, "12.00", staff("赵春梅"), department("食堂"), null);
        room(building, 1, "E-104", "食材库房", RoomType.STOREROOM, "60.00", staff("赵春梅"), department("食堂"), null);
        room(building, 2, "E-201", "教工餐厅", RoomType.CANTEEN, "200.00", staff("赵春梅"), department("食堂"), null);
    }

    private void grounds() {
        long building = building("F", "室外场地", 1, 0, null);
        room(building, 1, "F-01", "田径运动场", RoomType.SPORTS_GROUND, "12000.00", null, department("教务处"), null);
        room(building, 1, "F-02", "篮球场", RoomType.SPORTS_GROUND, "1800.00", null, department("教务处"), null);
        room(building, 1, "F-03", "校门门卫室", RoomType.OFFICE, "18.00", staff("孙卫东"), department("保卫处"), null);
        room(building, 1, "F-04", "中心花园", RoomType.GREEN_SPACE, "2500.00", null, department("总务处"), null);
        room(building, 1, "F-05", "东侧绿化带", RoomType.GREEN_SPACE, "1200.00", null, department("总务处"), null);
    }

    private long building(String code, String name, int above, int below, Integer built) {
        return jdbc.sql("""
                INSERT INTO places.building (school_id, campus_id, code, name, floors_above, floors_below, built_year)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(school, campus, code, name, above, below, built).query(Long.class).single();
    }

    private void room(long building, int floor, String code, String name, RoomType type, String area, Long staff,
                      Long department, Long classId) {
        byte[] token = new byte[12];
        RANDOM.nextBytes(token);
        jdbc.sql("""
                INSERT INTO places.room (school_id, building_id, floor, code, name, room_type, area, responsible_staff_id,
                                         department_id, class_id, qr_token)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(school, building, floor, code, name, type.name(), new BigDecimal(area), staff, department,
                classId, HexFormat.of().formatHex(token)).update();
    }

    private Long staff(String name) {
        return organization.staffByName(school, name).map(OrganizationApi.StaffRef::id).orElse(null);
    }

    private Long department(String prefix) {
        return departments.entrySet().stream().filter(e -> e.getValue().startsWith(prefix)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private Long gradeGroup(String className) {
        return department(className.substring(0, 2) + "年级组");
    }

    private Long classTeacher(long classId) {
        return organization.classTeacher(classId).orElse(null);
    }
}
