package org.houqin.approval;

import org.houqin.platform.security.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of the approval module. Who decides a step is said by the rules, not by a permission. */
@Configuration(proxyBeanMethods = false)
public class ApprovalPermissions {

    /** Everyone at a school: the 待办 inbox, one's submissions, decisions and delegations. */
    public static final String INBOX = "approval:inbox:use";
    /** {@link #INBOX} as a {@code @PreAuthorize} rule, for the inbox's page and its API alike. */
    public static final String INBOX_RULE = "hasAuthority('" + INBOX + "')";
    /** 系统管理员: who approves which document. */
    public static final String RULE_WRITE = "approval:rule:write";

    @Bean
    PermissionSet approvalPermissionSet() {
        return PermissionSet.of("approval", INBOX, RULE_WRITE);
    }
}
