package org.houqin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goes through the import kit's pages as a user would: upload a file, take the columns the mapping page chose by
 * itself (or change some), and check and import.
 */
public final class Imports {

    private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"(col2?_[A-Z_]+)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"");

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern ANSWER = Pattern.compile("<select[^>]*name=\"(va_\\d+)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);

    private Imports() {
    }

    /**
     * The form of a values page as the user would send it without changing anything: the columns, each value's
     * question and the answer the page shows for it (a likely guess, a remembered answer, "create" or "wrong").
     */
    public static Map<String, String> shownAnswers(String valuesPage) {
        Map<String, String> form = new HashMap<>();
        Matcher hidden = HIDDEN.matcher(valuesPage);
        while (hidden.find()) {
            form.put(hidden.group(1), unescape(hidden.group(2)));
        }
        Matcher select = ANSWER.matcher(valuesPage);
        while (select.find()) {
            Matcher option = SELECTED.matcher(select.group(2));
            if (option.find()) {
                form.put(select.group(1), unescape(option.group(1)));
            }
        }
        return form;
    }

    /** The answer parameter of the question about a value ({@code lookup:value}) in a values page's form. */
    public static String answerParam(Map<String, String> form, String lookup, String value) {
        return form.entrySet().stream().filter(e -> e.getKey().startsWith("vq_") && e.getValue().equals(lookup + ":" + value))
                .map(e -> "va_" + e.getKey().substring(3)).findFirst()
                .orElseThrow(() -> new AssertionError("no question about " + lookup + ":" + value));
    }

    /** The values a values page asks about, as {@code lookup:value}. */
    public static List<String> questions(Map<String, String> form) {
        return form.entrySet().stream().filter(e -> e.getKey().startsWith("vq_")).map(Map.Entry::getValue).sorted()
                .toList();
    }

    /** Each problem of a downloaded report as "row TAB column TAB problem", without the row's values beside it. */
    public static List<String> problems(byte[] report) {
        return Workbooks.text(report).lines().skip(1).map(line -> String.join("\t",
                Arrays.asList(line.split("\t", -1)).subList(0, 3)) + "\t").toList();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Uploads a file and returns the id of the upload the mapping page is at. */
    public static String upload(WebUser user, String importPath, String fileName, byte[] file) {
        WebUser.Page page = user.upload(importPath, fileName, file, Map.of());
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        return page.location().replaceAll(".*" + Pattern.quote(importPath) + "/", "");
    }

    /** The columns the mapping page chose by itself, as the form would send them. */
    public static Map<String, String> guessedMapping(WebUser user, String importPath, String id) {
        Map<String, String> chosen = new HashMap<>();
        Matcher select = SELECT.matcher(user.get(importPath + "/" + id).body());
        while (select.find()) {
            Matcher option = SELECTED.matcher(select.group(2));
            if (option.find()) {
                chosen.put(select.group(1), option.group(1));
            }
        }
        return chosen;
    }

    /**
     * Checks and imports with the guessed columns, marking every value the values page asks about as wrong (as a
     * user who does not recognise them would): the check page (200) or the way to the last page (302).
     */
    public static WebUser.Page run(WebUser user, String importPath, String id, boolean validOnly) {
        Map<String, String> form = new HashMap<>(guessedMapping(user, importPath, id));
        if (validOnly) {
            form.put("validOnly", "true");
        }
        WebUser.Page page = user.post(importPath + "/" + id, form);
        if (page.status() != 200 || !page.body().contains("name=\"va_")) {
            return page;
        }
        Map<String, String> answered = new HashMap<>(shownAnswers(page.body()));
        answered.replaceAll((param, answer) -> param.startsWith("va_") ? "wrong" : answer);
        answered.putAll(form);
        return user.post(importPath + "/" + id, answered);
    }

    /** The last page an import that wrote something leads to. */
    public static String donePage(WebUser user, WebUser.Page written) {
        assertThat(written.status()).as(written.body()).isEqualTo(302);
        return user.get(written.location().replaceAll("^https?://[^/]+", "")).body();
    }
}
