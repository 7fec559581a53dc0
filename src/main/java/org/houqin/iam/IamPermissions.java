package org.houqin.iam;

import org.houqin.platform.security.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of the iam module. */
@Configuration(proxyBeanMethods = false)
public class IamPermissions {

    public static final String USER_READ = "iam:user:read";
    public static final String USER_WRITE = "iam:user:write";
    public static final String ROLE_READ = "iam:role:read";
    public static final String ROLE_WRITE = "iam:role:write";

    @Bean
    PermissionSet iamPermissionSet() {
        return PermissionSet.of("iam", USER_READ, USER_WRITE, ROLE_READ, ROLE_WRITE);
    }
}
