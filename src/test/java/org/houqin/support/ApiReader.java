package org.houqin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One person reading the same lists twice: signed in at a browser, and through the API with a token of their own.
 * Compares the documents a list page shows with those its API endpoint answers, in order, and tells how many there
 * were, so a test can make sure it compared something.
 */
public final class ApiReader {

    /** The id of an API list item. */
    public static final Function<JsonNode, String> ID = item -> item.path("id").asString();

    private final WebUser browser;
    private final WebUser client;
    private final String token;

    private ApiReader(WebUser browser, WebUser client, String token) {
        this.browser = browser;
        this.client = client;
        this.token = token;
    }

    /** The signed-in person and a new API token of theirs. */
    public static ApiReader of(int port, WebUser browser) {
        return new ApiReader(browser, WebUser.anonymous(port), browser.newToken("页面与接口对照"));
    }

    /** A GET through the API with the person's token. */
    public WebUser.Page api(String path) {
        return client.getWithToken(path, token);
    }

    /** The ids a page links to as {@code prefix + id}, in order, each once. */
    public static Function<String, List<String>> links(String prefix) {
        return matches("href=\"" + Pattern.quote(prefix) + "(\\d+)\"");
    }

    /** The first group of every match, in order, each once. */
    public static Function<String, List<String>> matches(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return html -> {
            Set<String> found = new LinkedHashSet<>();
            Matcher matcher = pattern.matcher(html);
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
            return new ArrayList<>(found);
        };
    }

    /** The first group of every match, in order, as often as it occurs: rows may name one document twice. */
    public static Function<String, List<String>> every(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return html -> {
            List<String> found = new ArrayList<>();
            Matcher matcher = pattern.matcher(html);
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
            return found;
        };
    }

    /**
     * For each query: the list's table, as the page swaps it in, and the API's list name the same documents in the
     * same order; or both refuse the reader. Answers the most documents one query showed.
     */
    public int sameDocuments(String page, String api, Function<String, List<String>> shown,
                             Function<JsonNode, String> listed, String... queries) {
        int most = 0;
        for (String query : queries) {
            most = Math.max(most, compare(browser.getTable(with(page, query)), with(page, query),
                    with(api, query), shown, listed));
        }
        return most;
    }

    /** As {@link #sameDocuments}, for a page that has no table to swap: the whole page. */
    public int sameDocumentsOnWholePage(String page, String api, Function<String, List<String>> shown,
                                        Function<JsonNode, String> listed, String... queries) {
        int most = 0;
        for (String query : queries) {
            most = Math.max(most, compare(browser.get(with(page, query)), with(page, query), with(api, query),
                    shown, listed));
        }
        return most;
    }

    private static String with(String path, String query) {
        return query.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + query;
    }

    /** How many documents both named: none when both refused. */
    private int compare(WebUser.Page html, String page, String api, Function<String, List<String>> shown,
                         Function<JsonNode, String> listed) {
        WebUser.Page json = api(api);
        if (html.status() == 403) {
            assertThat(json.status()).as("%s refused by the page, so by the API: %s", page, json.body())
                    .isEqualTo(403);
            return 0;
        }
        assertThat(html.status()).as(page).isEqualTo(200);
        assertThat(json.status()).as("%s opens, so does %s: %s", page, api, json.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JsonNode body = JsonMapper.shared().readTree(json.body());
        (body.isArray() ? body : body.path("items")).forEach(item -> ids.add(listed.apply(item)));
        assertThat(ids).as("%s listed by %s", page, api).containsExactlyElementsOf(shown.apply(html.body()));
        return ids.size();
    }
}
