package org.houqin.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.webjars.WebJarVersionLocator;

/**
 * axe-core (the npm package, from its webjar on the test classpath) run in a Playwright page against WCAG 2.1 A and
 * AA: what it finds of serious or critical impact, one {@link Violation} per element. The script goes in through
 * {@code page.evaluate}, which the application's strict Content-Security-Policy does not govern.
 */
public final class Axe {

    /**
     * The rule sets of WCAG 2.0 and 2.1, levels A and AA (GB/T 37668 follows the same success criteria), and 2.5.3
     * "label in name", which axe 4.6 still calls experimental and leaves out unless asked.
     */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SOURCE = load();

    private static final String RUN = """
            async tags => {
              const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
                  rules: {'label-content-name-mismatch': {enabled: true}}});
              return result.violations.flatMap(v => v.nodes
                  .filter(n => ['serious', 'critical'].includes(n.impact || v.impact))
                  .map(n => ({id: v.id, impact: n.impact || v.impact, target: n.target.join(' '),
                              summary: (n.failureSummary || v.help).replace(/\\s+/g, ' ').trim()})));
            }""";

    /** What axe found wrong with one element of one page. */
    public record Violation(String page, String id, String impact, String target, String summary) {

        @Override
        public String toString() {
            return "%s  %s (%s)  %s  %s".formatted(page, id, impact, target, summary);
        }
    }

    private Axe() {
    }

    /** The serious and critical WCAG 2.1 A/AA violations of what the page shows now, labelled with {@code name}. */
    @SuppressWarnings("unchecked")
    public static List<Violation> seriousViolations(Page page, String name) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof axe !== 'undefined'"))) {
            page.evaluate(SOURCE);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate(RUN, TAGS);
        return found.stream()
                .map(v -> new Violation(name, (String) v.get("id"), (String) v.get("impact"), (String) v.get("target"),
                        (String) v.get("summary")))
                .toList();
    }

    private static String load() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        if (path == null) {
            throw new IllegalStateException("axe-core's webjar is not on the test classpath");
        }
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
