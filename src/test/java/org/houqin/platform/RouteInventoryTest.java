package org.houqin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.platform.security.PermissionSet;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every handler says who may call it, and every permission it names exists in code and in the database. */
class RouteInventoryTest extends IntegrationTest {

    private static final Pattern AUTHORITY = Pattern.compile("hasAuthority\\('([^']+)'\\)");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    List<PermissionSet> permissionSets;

    @Test
    void everyHandlerDeclaresAnExplicitPermissionRule() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.houqin")) {
                continue;
            }
            checked++;
            if (rule(handler) == null) {
                missing.add(entry.getKey() + " → " + handler);
            }
        }
        assertThat(checked).as("handlers found").isGreaterThan(40);
        assertThat(missing).as("handlers without @PreAuthorize").isEmpty();
    }

    @Test
    void onlyTheSignInSetupAndRoomLabelPagesAreOpenToAnonymousVisitors() {
        Set<String> open = new TreeSet<>();
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            PreAuthorize rule = rule(entry.getValue());
            if (rule != null && rule.value().contains("permitAll")) {
                open.addAll(paths(entry.getKey()));
            }
        }
        // a room's label: it asks visitors to sign in unless the school lets guests report repairs there
        assertThat(open).containsExactlyInAnyOrder("/login", "/setup", "/q/{token}", "/r/{token}");
    }

    @Test
    void everyPermissionCheckedByAHandlerIsDeclared() {
        Set<String> declared = declared();
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            PreAuthorize rule = rule(entry.getValue());
            if (rule == null) {
                continue;
            }
            Matcher matcher = AUTHORITY.matcher(rule.value());
            while (matcher.find()) {
                assertThat(declared).as("permission of %s", entry.getKey()).contains(matcher.group(1));
            }
        }
    }

    @Test
    void permissionsInCodeAndInTheDatabaseAreTheSame() {
        Set<String> seeded = new HashSet<>(jdbc.sql("SELECT code FROM iam.permission").query(String.class).list());
        assertThat(seeded).isEqualTo(declared());
    }

    private Set<String> declared() {
        Set<String> declared = new HashSet<>();
        permissionSets.forEach(set -> declared.addAll(set.codes()));
        return declared;
    }

    private static PreAuthorize rule(HandlerMethod handler) {
        Method method = handler.getMethod();
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    private static Set<String> paths(RequestMappingInfo info) {
        return info.getPatternValues();
    }
}
