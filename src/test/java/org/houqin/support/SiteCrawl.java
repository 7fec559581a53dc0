package org.houqin.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows every same-site link a signed-in person sees, breadth-first from the home screen, as someone clicking
 * through the application would: GET only, never the sign-out, at most a few pages per path pattern (a repair is
 * much like another) so a whole role's walk stays quick.
 */
public final class SiteCrawl {

    private static final Pattern ANCHOR = Pattern.compile("<a\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID_SEGMENT = Pattern.compile("/(\\d+|[0-9a-fA-F-]{16,}|[A-Za-z0-9_-]{20,})(?=/|$)");
    private static final int PER_PATTERN = 3;
    private static final int MAX_PAGES = 200;

    /** A link that answered with an error: where it was seen, where it leads and what came back. */
    public record Broken(String foundOn, String link, int status) {

        @Override
        public String toString() {
            return status + " " + link + " (on " + foundOn + ")";
        }
    }

    /** What a walk saw: the pages it read, every link it opened and the links that failed. */
    public record Result(Set<String> read, Set<String> opened, List<Broken> broken) {

        /** The paths of every link opened, without their query strings. */
        public Set<String> openedPaths() {
            Set<String> paths = new LinkedHashSet<>();
            opened.forEach(link -> paths.add(link.contains("?") ? link.substring(0, link.indexOf('?')) : link));
            return paths;
        }
    }

    private SiteCrawl() {
    }

    /** Every demo account, one per role (two department heads), and the district's. */
    public static List<String> accounts() {
        return List.of("admin", "principal", "vice", "director", "storekeeper", "worker", "teacher", "head", "leader",
                "canteen", "guard", "finance", "district");
    }

    /** A walk per account, shared by the tests that read it (the links test and the menu test). */
    private static final Map<String, Result> WALKS = new ConcurrentHashMap<>();

    /** The walk of that account, made once per test run. */
    public static Result of(String username, Supplier<WebUser> login) {
        return WALKS.computeIfAbsent(username, name -> walk(login.get(), "/", MAX_PAGES));
    }

    /**
     * Opens every link shown on the pages it reads, and reads at most {@code maxPages} pages: pages without ids first
     * (the menu's and the buttons'), then a few per path pattern. Each link is opened, though not every page behind
     * one is searched for more links.
     */
    public static Result walk(WebUser user, String start, int maxPages) {
        Deque<String> plain = new ArrayDeque<>(List.of(start));
        Deque<String> withIds = new ArrayDeque<>();
        Map<String, String> foundOn = new LinkedHashMap<>(Map.of(start, start));
        Map<String, Integer> perPattern = new HashMap<>();
        Set<String> read = new LinkedHashSet<>();
        List<Broken> broken = new ArrayList<>();
        while ((!plain.isEmpty() || !withIds.isEmpty()) && read.size() < maxPages) {
            String current = plain.isEmpty() ? withIds.poll() : plain.poll();
            read.add(current);
            for (String link : links(user.get(current).body())) {
                if (foundOn.putIfAbsent(link, current) != null) {
                    continue;
                }
                WebUser.Page page = user.get(link);
                if (page.status() >= 400) {
                    broken.add(new Broken(current, link, page.status()));
                } else if (page.status() == 200 && isPage(page)
                        && perPattern.merge(pattern(link), 1, Integer::sum) <= PER_PATTERN) {
                    (pattern(link).contains("{id}") ? withIds : plain).add(link);
                }
            }
        }
        return new Result(read, foundOn.keySet(), broken);
    }

    private static boolean isPage(WebUser.Page page) {
        return page.body() != null && page.body().contains("<html");
    }

    /** The same-site links of a page, in order, without the sign-out. */
    public static Set<String> links(String html) {
        Set<String> links = new LinkedHashSet<>();
        if (html == null) {
            return links;
        }
        Matcher anchors = ANCHOR.matcher(html);
        while (anchors.find()) {
            Matcher href = HREF.matcher(anchors.group());
            if (!href.find()) {
                continue;
            }
            String link = href.group(1).replace("&amp;", "&");
            int hash = link.indexOf('#');
            link = hash >= 0 ? link.substring(0, hash) : link;
            if (link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/logout")) {
                links.add(link);
            }
        }
        return links;
    }

    /** A link's path with its ids collapsed, e.g. {@code /repairs/{id}}: pages of one pattern are alike. */
    public static String pattern(String link) {
        int query = link.indexOf('?');
        String path = query >= 0 ? link.substring(0, query) : link;
        return ID_SEGMENT.matcher(path).replaceAll("/{id}");
    }

    /** Counts of broken links by status, for a readable message. */
    public static Map<Integer, Long> byStatus(List<Broken> broken) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        broken.forEach(b -> counts.merge(b.status(), 1L, Long::sum));
        return counts;
    }
}
