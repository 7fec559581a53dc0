package org.houqin.platform.security;

import java.util.List;

/**
 * The permissions one module checks, declared as a bean so that the role editor can list them and a test can
 * hold them in step with the rows the migrations seed.
 */
public record PermissionSet(String module, List<String> codes) {

    public static PermissionSet of(String module, String... codes) {
        return new PermissionSet(module, List.of(codes));
    }
}
