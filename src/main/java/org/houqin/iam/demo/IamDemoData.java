package org.houqin.iam.demo;

import java.util.List;

import org.houqin.iam.role.RoleService;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.demo.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** One demo account per role, all with the password {@code houqin}, each linked to a named staff member. */
@Component
class IamDemoData implements DemoData {

    static final String PASSWORD = "houqin";

    record Account(String username, String staffName, String role) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "马志刚", "ADMIN"),
            new Account("principal", "周建华", "PRINCIPAL"),
            new Account("vice", "陈丽萍", "VICE_PRINCIPAL"),
            new Account("director", "王国强", "DIRECTOR"),
            new Account("storekeeper", "李秀兰", "STOREKEEPER"),
            new Account("worker", "张师傅", "WORKER"),
            new Account("teacher", "杨佳怡", "TEACHER"),
            new Account("head", "刘文博", "DEPARTMENT_HEAD"),
            new Account("leader", "黄志远", "DEPARTMENT_HEAD"),
            new Account("canteen", "赵春梅", "CANTEEN_MANAGER"),
            new Account("guard", "孙卫东", "GUARD"),
            new Account("finance", "吴静怡", "FINANCE"));

    private final JdbcClient jdbc;
    private final OrganizationApi organization;
    private final RoleService roles;
    private final PasswordEncoder passwords;

    IamDemoData(JdbcClient jdbc, OrganizationApi organization, RoleService roles, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.roles = roles;
        this.passwords = passwords;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        String hash = passwords.encode(PASSWORD);
        for (Account account : ACCOUNTS) {
            OrganizationApi.StaffRef staff = organization.staffByName(school, account.staffName()).orElseThrow();
            long user = insert(school, account.username(), staff.name(), hash, staff.id());
            grant(user, roles.idByCode(school, account.role()).orElseThrow());
        }
        long district = insert(null, "district", "教育局管理员", hash, null);
        grant(district, roles.idByCode(null, "DISTRICT_ADMIN").orElseThrow());
    }

    private long insert(Long school, String username, String name, String hash, Long staffId) {
        return jdbc.sql("""
                INSERT INTO iam.app_user (school_id, username, display_name, password_hash, staff_id, password_changed_at)
                VALUES (?, ?, ?, ?, ?, now()) RETURNING id
                """).params(school, username, name, hash, staffId).query(Long.class).single();
    }

    private void grant(long user, long role) {
        jdbc.sql("INSERT INTO iam.user_role (user_id, role_id) VALUES (?, ?)").params(user, role).update();
    }
}
