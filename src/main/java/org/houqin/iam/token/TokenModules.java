package org.houqin.iam.token;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The modules a token may be limited to: those with handlers under {@code /api/}, found from the handlers
 * themselves, so a module that adds endpoints is offered without a change here. Who-am-I ({@code iam}) is always
 * allowed and not offered. Each is named by the message {@code token.module.<module>}.
 */
@Component
class TokenModules {

    /** The order the page offers them in: the daily work first. A module not named here follows, by its code. */
    private static final List<String> ORDER = List.of("assets", "repairs", "warehouse", "approval", "notifications",
            "places", "organization", "platform");
    private static final Comparator<String> OFFERED = Comparator
            .comparingInt((String module) -> ORDER.contains(module) ? ORDER.indexOf(module) : ORDER.size())
            .thenComparing(Comparator.naturalOrder());

    private final ObjectProvider<RequestMappingHandlerMapping> mapping;
    private volatile List<String> modules;

    TokenModules(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping) {
        this.mapping = mapping;
    }

    /** In the order the page offers them. */
    Set<String> all() {
        if (modules == null) {
            Set<String> found = new TreeSet<>(OFFERED);
            mapping.getObject().getHandlerMethods().forEach((info, handler) -> {
                String module = TokenScope.moduleOf(handler.getBeanType());
                if (module != null && !module.equals("iam")
                        && info.getPatternValues().stream().anyMatch(path -> path.startsWith("/api/"))) {
                    found.add(module);
                }
            });
            modules = List.copyOf(found);
        }
        return new LinkedHashSet<>(modules);
    }
}
