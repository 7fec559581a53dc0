package org.houqin.iam.token;

import java.time.LocalDate;
import java.util.Set;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.OtherSchool;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Tokens made through the service, as the owner's page makes them, and accounts of schools made for one test. */
final class TokenAccounts {

    private final JdbcClient jdbc;
    private final ApiTokens tokens;

    TokenAccounts(JdbcClient jdbc, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    String token(String username, String name, boolean readOnly, Set<String> modules) {
        long user = Demo.userId(jdbc, username);
        return SystemWork.call(() -> tokens.create(user, new ApiTokens.NewToken(name, readOnly, modules,
                tokens.suggestedExpiry())));
    }

    String readWrite(String username, String name) {
        return token(username, name, false, Set.of());
    }

    String tokenOf(long userId, String name) {
        return SystemWork.call(() -> tokens.create(userId, new ApiTokens.NewToken(name, false, Set.of(),
                LocalDate.now().plusDays(30))));
    }

    long idOf(String name) {
        return Demo.count(jdbc, "SELECT max(id) FROM iam.api_token WHERE name = ?", name);
    }

    /** An account without roles in the school with this code (made first if need be), e.g. another school's. */
    long accountIn(String schoolCode, String username, TransactionTemplate transaction, OrganizationApi organization) {
        OtherSchool.assetCard(jdbc, transaction, organization, schoolCode, "令牌测试学校" + schoolCode);
        return Demo.asSystem(() -> jdbc.sql("""
                INSERT INTO iam.app_user (school_id, username, display_name, password_hash)
                SELECT id, ?, ?, 'not-for-sign-in' FROM organization.school WHERE code = ? RETURNING id""")
                .params(username, "外校" + username, schoolCode).query(Long.class).single());
    }

    long schoolOf(long userId) {
        return Demo.count(jdbc, "SELECT school_id FROM iam.app_user WHERE id = ?", userId);
    }
}
