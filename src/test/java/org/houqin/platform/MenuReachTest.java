package org.houqin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.support.IntegrationTest;
import org.houqin.support.SiteCrawl;
import org.houqin.support.WebUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Menus show every page a role may open: each page of the application (a GET handler without ids in its path) that
 * answers a demo account with a page is reachable from its menu or home screen, by following links; and each page of
 * the menus is on the menu (or the home screen) of every account it answers.
 */
class MenuReachTest extends IntegrationTest {

    /** Pages reached before signing in, or by the application itself: the sign-in, first-run and error pages. */
    private static final Set<String> NOT_IN_MENUS = Set.of("/login", "/setup", "/error");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    List<MenuItems> menus;

    @ParameterizedTest(name = "{0} finds in its menu every menu page it may open")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void menuEntriesFollowThePagesRules(String username) {
        WebUser user = login(username);
        Set<String> onHomeScreen = paths(SiteCrawl.links(user.get("/").body()));

        List<String> missing = menus.stream().flatMap(m -> m.items().stream()).map(MenuItem::path).distinct()
                .filter(path -> !onHomeScreen.contains(path)).filter(path -> opens(user, path)).toList();

        assertThat(missing).as("menu pages %s may open but its menu and home screen do not show", username).isEmpty();
    }

    @ParameterizedTest(name = "{0} reaches every page it may open")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void everyPageTheRoleMayOpenIsReachable(String username) {
        SiteCrawl.Result walk = SiteCrawl.of(username, () -> login(username));
        WebUser user = login(username);

        List<String> unreachable = pages().stream().filter(path -> !walk.openedPaths().contains(path))
                .filter(path -> opens(user, path)).toList();

        assertThat(unreachable).as("pages %s may open but no link leads to", username).isEmpty();
    }

    private static Set<String> paths(Set<String> links) {
        Set<String> paths = new TreeSet<>();
        links.forEach(link -> paths.add(link.contains("?") ? link.substring(0, link.indexOf('?')) : link));
        return paths;
    }

    private static boolean opens(WebUser user, String path) {
        WebUser.Page page = user.get(path);
        return page.status() == 200 && page.body() != null && page.body().contains("<html");
    }

    /** Every page of the application without an id in its path: what a menu or a button could lead to. */
    private Set<String> pages() {
        Set<String> pages = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (handler.getBeanType().getPackageName().startsWith("org.houqin")
                    && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                info.getPatternValues().stream().filter(MenuReachTest::isPage).forEach(pages::add);
            }
        });
        return pages;
    }

    private static boolean isPage(String path) {
        return !path.contains("{") && !path.startsWith("/api/") && !NOT_IN_MENUS.contains(path)
                && !path.matches(".*\\.(xlsx|pdf|png|csv|json|js|txt)$");
    }
}
