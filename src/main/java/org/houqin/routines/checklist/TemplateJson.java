package org.houqin.routines.checklist;

import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A school's template as stored in {@code routines.template_version}: its items in the library file's shape (one flat
 * object per item) and where it applies ({@code everywhere} and {@code roomTypes} as in the library, with the
 * buildings and rooms a school chose). Read strictly, as the library is.
 */
public final class TemplateJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Where a template applies, as stored. */
    record Places(boolean everywhere, Set<String> roomTypes, Set<Long> buildingIds, Set<Long> roomIds) {
    }

    private TemplateJson() {
    }

    /** The items as stored. */
    public static String items(List<ChecklistItem> items) {
        return JSON.writeValueAsString(items.stream().map(TemplateJson::file).toList());
    }

    /** Where it applies, as stored. */
    public static String appliesTo(AppliesTo places) {
        return JSON.writeValueAsString(new Places(places.allPlaces(), places.roomTypes(), places.buildingIds(),
                places.roomIds()));
    }

    /** A stored version read back into the model; a row that no longer reads is refused as an invalid template. */
    public static ChecklistTemplate read(String code, String name, String category, int version, String source,
                                         String appliesTo, String items) {
        try {
            Places places = JSON.readValue(appliesTo, Places.class);
            List<LibraryFile.Item> rows = JSON.readValue(items, new TypeReference<List<LibraryFile.Item>>() { });
            return new ChecklistTemplate(code, name, category, version, source,
                    new AppliesTo(places.everywhere(), places.roomTypes(), places.buildingIds(), places.roomIds()),
                    rows.stream().map(LibraryFile.Item::toItem).toList());
        } catch (JacksonException e) {
            throw new InvalidTemplate("template " + code + " v" + version + " does not read: " + e.getMessage(), e);
        }
    }

    private static LibraryFile.Item file(ChecklistItem item) {
        NumberLimits limits = item.limits();
        Choices choices = item.choices();
        return new LibraryFile.Item(item.code(), item.text(), item.kind(), item.required(), item.hint(),
                item.hazardIfFailed(), limits == null ? null : limits.min(), limits == null ? null : limits.max(),
                limits == null || limits.unit().isEmpty() ? null : limits.unit(),
                choices == null ? null : choices.options(), choices == null ? null : choices.failing());
    }
}
