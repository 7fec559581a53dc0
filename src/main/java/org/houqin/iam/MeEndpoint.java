package org.houqin.iam;

import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: for integrations to check their token, and for clients to hide what the user may not do. */
@RestController
@Tag(name = "Me", description = "当前用户")
class MeEndpoint {

    record MeJson(long id, String username, String displayName, Long schoolId, boolean district, Long staffId,
                  Long departmentId, Set<String> permissions) {
    }

    @GetMapping("/api/v1/me")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The signed-in user or the token's owner, with permissions")
    MeJson me(CurrentUser me) {
        return new MeJson(me.userId(), me.username(), me.displayName(), me.schoolId(), me.district(), me.staffId(),
                me.departmentId(), new TreeSet<>(me.permissions()));
    }
}
