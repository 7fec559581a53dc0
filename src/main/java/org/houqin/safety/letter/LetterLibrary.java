package org.houqin.safety.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The default Chinese letters a school copies (班主任, 教师, 食堂, 门卫, 宿管, 家长), shipped as text files under
 * {@code safety/letters/}: the first line is the title, the rest the body.
 */
@Component
public class LetterLibrary {

    /** One letter of the library. */
    public record Entry(String code, LetterRole role, String title, String body) {
    }

    private static final List<String[]> FILES = List.of(
            new String[] {"head-teacher", "HEAD_TEACHER"}, new String[] {"teacher", "TEACHER"},
            new String[] {"canteen", "CANTEEN"}, new String[] {"guard", "GUARD"}, new String[] {"dorm", "DORM"},
            new String[] {"parent", "PARENT"});

    private final List<Entry> entries = FILES.stream().map(f -> read(f[0], LetterRole.valueOf(f[1]))).toList();

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    private static Entry read(String code, LetterRole role) {
        try (InputStream in = new ClassPathResource("safety/letters/" + code + ".txt").getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            int newline = text.indexOf('\n');
            return new Entry(code, role, text.substring(0, newline).strip(), text.substring(newline + 1).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
