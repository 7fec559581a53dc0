package org.houqin.safety.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The default rules a school starts its library with, 《校园安全管理规定》, 《校园安全紧急预案》 and 《校园安全防火制度》,
 * shipped under {@code safety/rules/}: the title, the kind, then the text.
 */
@Component
class RuleLibrary {

    record Entry(String code, String title, RuleKind kind, String body) {
    }

    private final List<Entry> entries = List.of("management", "emergency", "fire").stream().map(RuleLibrary::read)
            .toList();

    List<Entry> entries() {
        return entries;
    }

    private static Entry read(String code) {
        try (InputStream in = new ClassPathResource("safety/rules/" + code + ".txt").getInputStream()) {
            String[] parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\n", 3);
            return new Entry(code, parts[0].strip(), RuleKind.valueOf(parts[1].strip()), parts[2].strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
