package org.houqin.routines.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default Chinese checklists a school copies and edits, one JSON file per template under
 * {@code routines/library/}, named after the template's code. A file is read strictly: an unknown field, a kind's
 * setting on another kind, a duplicate item code or a second file with the same code refuses the whole library, with
 * a message naming the file and the item, so a bad file fails the build rather than a school's page.
 */
public final class TemplateLibrary {

    public static final String LOCATION = "classpath*:routines/library/*.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final List<ChecklistTemplate> templates;

    private TemplateLibrary(List<ChecklistTemplate> templates) {
        this.templates = List.copyOf(templates);
    }

    /** Every template in the library, in the order of their codes. */
    public static TemplateLibrary load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<ChecklistTemplate> read = Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename)).map(TemplateLibrary::read).toList();
            requireDistinctCodes(read);
            return new TemplateLibrary(read);
        } catch (IOException e) {
            throw new UncheckedIOException("the checklist library could not be listed", e);
        }
    }

    private static ChecklistTemplate read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return read(file.getFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("routines/library/" + file.getFilename() + " could not be read", e);
        }
    }

    /** One library file, refused with a message that names it (and the item, when an item is wrong). */
    public static ChecklistTemplate read(String fileName, InputStream in) {
        ChecklistTemplate template;
        try {
            template = JSON.readValue(in, LibraryFile.class).toTemplate();
        } catch (JacksonException | InvalidTemplate e) {
            throw new InvalidTemplate("routines/library/" + fileName + ": " + e.getMessage(), e);
        }
        if (!fileName.equals(template.code() + ".json")) {
            throw new InvalidTemplate("routines/library/" + fileName + ": the file must be named "
                    + template.code() + ".json after its template's code");
        }
        return template;
    }

    private static void requireDistinctCodes(List<ChecklistTemplate> templates) {
        Set<String> codes = new HashSet<>();
        templates.stream().map(ChecklistTemplate::code).filter(c -> !codes.add(c)).findFirst().ifPresent(c -> {
            throw new InvalidTemplate("routines/library: two files hold the template " + c);
        });
    }

    public List<ChecklistTemplate> templates() {
        return templates;
    }

    public Optional<ChecklistTemplate> template(String code) {
        return templates.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
