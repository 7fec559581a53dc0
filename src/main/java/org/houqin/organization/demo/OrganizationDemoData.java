package org.houqin.organization.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.demo.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 示范中学: 8 departments (the grade groups with a group per grade), about 150 staff with Chinese names,
 * 3 grades × 12 classes with head counts and class teachers, and the current school year's semesters.
 */
@Component
class OrganizationDemoData implements DemoData {

    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢")
            .split("");
    private static final String[] GIVEN = ("建国 秀英 志强 丽华 海燕 文博 晓明 春梅 国庆 玉兰 思远 佳怡 俊杰 雪梅 宏伟 静怡 子涵 明辉 淑芬 家豪 "
            + "慧敏 振华 红霞 立新 雅婷 德明 晓燕 永刚 美玲 天宇 桂英 浩然 彩霞 国平 梦瑶 少华 丹丹 建军 欣怡 志刚 "
            + "小红 卫东 婷婷 光明 艳华 鹏飞 金凤 学文 凤英 嘉欣").split(" ");
    private static final String[] SUBJECTS = {"语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "道德与法治", "体育", "音乐", "美术", "信息技术"};

    private final JdbcClient jdbc;
    private final OrganizationApi organization;
    private final java.util.Set<String> usedNames = new java.util.HashSet<>();

    OrganizationDemoData(JdbcClient jdbc, OrganizationApi organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load() {
        long school = organization.createSchool(SCHOOL_CODE, "示范中学");
        jdbc.sql("UPDATE organization.school SET address = ?, phone = ? WHERE id = ?")
                .params("示范市教育路 1 号", "0571-88880000", school).update();
        Map<String, Long> departments = departments(school);
        Random random = new Random(20260901);
        int[] employeeNo = {1000};
        // Named posts first: the demo accounts link to these people.
        staff(school, departments.get("PRINCIPAL"), employeeNo, "周建华", "男", "校长", random);
        staff(school, departments.get("PRINCIPAL"), employeeNo, "陈丽萍", "女", "分管后勤副校长", random);
        staff(school, departments.get("LOGISTICS"), employeeNo, "王国强", "男", "后勤主任", random);
        staff(school, departments.get("LOGISTICS"), employeeNo, "李秀兰", "女", "仓管员", random);
        staff(school, departments.get("LOGISTICS"), employeeNo, "张师傅", "男", "维修工", random);
        staff(school, departments.get("ACADEMIC"), employeeNo, "刘文博", "男", "教务处主任", random);
        staff(school, departments.get("CANTEEN"), employeeNo, "赵春梅", "女", "食堂管理员", random);
        staff(school, departments.get("SECURITY"), employeeNo, "孙卫东", "男", "门卫", random);
        staff(school, departments.get("FINANCE"), employeeNo, "吴静怡", "女", "会计", random);
        staff(school, departments.get("LOGISTICS"), employeeNo, "郑海燕", "女", "文印员", random);
        staff(school, departments.get("LOGISTICS"), employeeNo, "马志刚", "男", "系统管理员", random);
        List<Long> teachers = new ArrayList<>();
        teachers.add(staff(school, departments.get("GRADE7"), employeeNo, "杨佳怡", "女", "语文教师", random));
        String[] gradeGroups = {"GRADE7", "GRADE8", "GRADE9"};
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < 38; i++) {
                teachers.add(staff(school, departments.get(gradeGroups[g]), employeeNo, null, null,
                        SUBJECTS[(g * 38 + i) % SUBJECTS.length] + "教师", random));
            }
        }
        for (String key : List.of("ACADEMIC", "MORAL", "LOGISTICS", "FINANCE", "CANTEEN", "SECURITY", "CANTEEN", "SECURITY")) {
            for (int i = 0; i < 3; i++) {
                staff(school, departments.get(key), employeeNo, null, null, position(key), random);
            }
        }
        classes(school, teachers, random);
        semesters(school);
        // The head of 初一年级组, who approves its teachers' requisitions (added last, so nothing above changes).
        staff(school, departments.get("GRADE7"), employeeNo, "黄志远", "男", "初一年级组长", random);
    }

    private Map<String, Long> departments(long school) {
        Map<String, Long> ids = new LinkedHashMap<>();
        String[][] rows = {{"PRINCIPAL", "校长室"}, {"ACADEMIC", "教务处"}, {"MORAL", "政教处"},
                {"LOGISTICS", "总务处（后勤处）"}, {"FINANCE", "财务室"}, {"CANTEEN", "食堂"}, {"SECURITY", "保卫处"},
                {"GRADES", "年级组"}};
        int order = 10;
        for (String[] row : rows) {
            ids.put(row[0], department(school, null, row[0], row[1], order += 10));
        }
        ids.put("GRADE7", department(school, ids.get("GRADES"), "GRADE7", "初一年级组", 1));
        ids.put("GRADE8", department(school, ids.get("GRADES"), "GRADE8", "初二年级组", 2));
        ids.put("GRADE9", department(school, ids.get("GRADES"), "GRADE9", "初三年级组", 3));
        return ids;
    }

    private long department(long school, Long parent, String code, String name, int order) {
        return jdbc.sql("""
                INSERT INTO organization.department (school_id, parent_id, code, name, sort_order)
                VALUES (?, ?, ?, ?, ?) RETURNING id
                """).params(school, parent, code, name, order).query(Long.class).single();
    }

    private long staff(long school, long department, int[] employeeNo, String name, String gender, String position,
                       Random random) {
        String staffName = name;
        while (staffName == null || usedNames.contains(staffName) && name == null) {
            staffName = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        }
        usedNames.add(staffName);
        String staffGender = gender != null ? gender : (random.nextBoolean() ? "男" : "女");
        String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        return jdbc.sql("""
                INSERT INTO organization.staff (school_id, department_id, employee_no, name, gender, phone, position)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(school, department, "T" + (++employeeNo[0]), staffName, staffGender, phone, position)
                .query(Long.class).single();
    }

    private static String position(String department) {
        return switch (department) {
            case "ACADEMIC" -> "教务干事";
            case "MORAL" -> "德育干事";
            case "LOGISTICS" -> "后勤员工";
            case "FINANCE" -> "报账员";
            case "CANTEEN" -> "食堂员工";
            case "SECURITY" -> "保安";
            default -> "职员";
        };
    }

    private void classes(long school, List<Long> teachers, Random random) {
        String[] grades = {"初一", "初二", "初三"};
        int teacher = 0;
        for (int g = 0; g < grades.length; g++) {
            long grade = jdbc.sql("""
                    INSERT INTO organization.grade (school_id, name, entry_year, sort_order) VALUES (?, ?, ?, ?) RETURNING id
                    """).params(school, grades[g], 2026 - g, g + 1).query(Long.class).single();
            for (int c = 1; c <= 12; c++) {
                jdbc.sql("""
                        INSERT INTO organization.school_class (school_id, grade_id, name, head_count, class_teacher_id, sort_order)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """).params(school, grade, "(" + c + ")班", 42 + random.nextInt(9), teachers.get(teacher), c)
                        .update();
                teacher += g == 0 && c == 1 ? 1 : 2;
            }
        }
    }

    private void semesters(long school) {
        long previous = year(school, "2025-2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 31));
        long current = year(school, "2026-2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31));
        semester(school, previous, "第一学期", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 23), false);
        semester(school, previous, "第二学期", LocalDate.of(2026, 2, 23), LocalDate.of(2026, 7, 10), false);
        semester(school, current, "第一学期", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 22), true);
        semester(school, current, "第二学期", LocalDate.of(2027, 2, 22), LocalDate.of(2027, 7, 9), false);
    }

    private long year(long school, String name, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                INSERT INTO organization.school_year (school_id, name, starts_on, ends_on) VALUES (?, ?, ?, ?) RETURNING id
                """).params(school, name, from, to).query(Long.class).single();
    }

    private void semester(long school, long year, String name, LocalDate from, LocalDate to, boolean current) {
        jdbc.sql("""
                INSERT INTO organization.semester (school_id, school_year_id, name, starts_on, ends_on, current)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(school, year, name, from, to, current).update();
    }
}
