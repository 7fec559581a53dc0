package org.houqin.platform.waiting;

import java.util.List;
import java.util.Map;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.HomeTiles;
import org.houqin.platform.web.ShellAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * 待办 in the menu of everyone something can wait for, its count in every page's top bar ({@code waitingCount},
 * absent for the others) and first on the home page.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WaitingShell implements ShellAttributes, HomeTiles {

    private static final String COUNTED = WaitingShell.class.getName() + ".count";

    private final Waiting waiting;

    WaitingShell(Waiting waiting) {
        this.waiting = waiting;
    }

    @Bean
    MenuItems waitingMenu(List<WaitingItems> sources) {
        List<String> permissions = sources.stream().flatMap(s -> s.permissions().stream()).distinct().toList();
        return MenuItems.of(new MenuItem("menu.section.waiting", "menu.waiting", "/waiting", permissions, "◷", 10));
    }

    @Override
    public void contribute(CurrentUser user, Map<String, Object> model) {
        if (waiting.concerns(user)) {
            model.put("waitingCount", count(user));
        }
    }

    @Override
    public List<Tile> tilesFor(CurrentUser user) {
        return waiting.concerns(user)
                ? List.of(new Tile("home.waiting", String.valueOf(count(user)), "/waiting")) : List.of();
    }

    /** Counted once per request: the home page shows the number twice, in its tile and in the top bar. */
    private long count(CurrentUser user) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return waiting.count(user);
        }
        Object counted = request.getAttribute(COUNTED, RequestAttributes.SCOPE_REQUEST);
        if (counted instanceof Long count) {
            return count;
        }
        long count = waiting.count(user);
        request.setAttribute(COUNTED, count, RequestAttributes.SCOPE_REQUEST);
        return count;
    }
}
