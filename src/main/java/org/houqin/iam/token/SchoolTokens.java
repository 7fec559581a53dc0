package org.houqin.iam.token;

import java.util.List;
import java.util.Map;

import org.houqin.audit.AuditLog;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Sorts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every API token of a school's accounts, for the administrator who manages the accounts: who made which, what it
 * may do, when it was last used; and revoking any of them, audited with who did it.
 */
@Service
public class SchoolTokens {

    /** Tokens not revoked first, the newest first within each (the tie-breaker). */
    static final Sorts SORTS = Sorts.of("status", "(t.revoked_at IS NOT NULL)", "created", "t.created_at",
                    "owner", "u.display_name", "name", "t.name", "expires", "t.expires_at", "lastUsed", "t.last_used_at")
            .neverNull("status", "created", "owner", "name");

    /** The list's filters: one owner, one state; null for all. */
    public record Filter(Long ownerId, TokenStatus status) {
    }

    public record Owner(long id, String name) {
    }

    private final ApiTokenStore store;
    private final AuditLog audit;

    SchoolTokens(ApiTokenStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PageResult<ApiTokens.Token> page(long schoolId, ListQuery query, Filter filter) {
        return store.page(schoolId, query, filter);
    }

    @Transactional(readOnly = true)
    public List<Owner> owners(long schoolId) {
        return store.owners(schoolId);
    }

    /** Revokes a token of any account of the school; revoking it again changes nothing, another school's is not found. */
    @Transactional
    public void revoke(long schoolId, long tokenId, long adminId) {
        ApiTokens.Token token = store.inSchool(schoolId, tokenId)
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        if (store.revokeInSchool(tokenId, schoolId, adminId)) {
            audit.changedIn(schoolId, "iam", "api_token", tokenId, "REVOKE", null,
                    Map.of("userId", token.userId(), "revokedBy", adminId));
        }
    }
}
