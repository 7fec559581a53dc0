package org.houqin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goes through the import kit's pages as a user would: upload a file, take the columns the mapping page chose by
 * itself (or change some), and check and import.
 */
public final class Imports {

    private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"(col_[A-Z_]+)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"");

    private Imports() {
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

    /** Checks and imports with the guessed columns: the check page (200) or the way to the last page (302). */
    public static WebUser.Page run(WebUser user, String importPath, String id, boolean validOnly) {
        Map<String, String> form = new HashMap<>(guessedMapping(user, importPath, id));
        if (validOnly) {
            form.put("validOnly", "true");
        }
        return user.post(importPath + "/" + id, form);
    }

    /** The last page an import that wrote something leads to. */
    public static String donePage(WebUser user, WebUser.Page written) {
        assertThat(written.status()).as(written.body()).isEqualTo(302);
        return user.get(written.location().replaceAll("^https?://[^/]+", "")).body();
    }
}
