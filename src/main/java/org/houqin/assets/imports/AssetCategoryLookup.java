package org.houqin.assets.imports;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.houqin.assets.category.AssetCategories;
import org.houqin.platform.imports.ValueLookup;

/**
 * The school's asset categories as an import's value lookup: by code, name or label; a GB/T 14885 code the school's
 * tree lacks (2010105, or "2010105 便携式计算机") may be created under its parent, with the parent's useful life.
 */
final class AssetCategoryLookup implements ValueLookup {

    private static final Pattern CODE = Pattern.compile("(\\d{7})(?:\\s+(\\S.{0,59}))?");

    private final long schoolId;
    private final AssetCategories categories;
    private final List<ValueOption> options;
    private final Set<String> codes;

    AssetCategoryLookup(long schoolId, AssetCategories categories, List<AssetImportLookups.Category> active) {
        this.schoolId = schoolId;
        this.categories = categories;
        this.options = active.stream().map(c -> new ValueOption(c.id(), c.code(), c.name())).toList();
        this.codes = active.stream().map(AssetImportLookups.Category::code).collect(Collectors.toSet());
    }

    @Override
    public String name() {
        return "asset_category";
    }

    @Override
    public List<ValueOption> options() {
        return options;
    }

    @Override
    public String unknownKey() {
        return "assetImport.error.category";
    }

    @Override
    public Creation creation(String text) {
        return planned(text).map(p -> new Creation("assetImport.values.createCategory", p.code, p.name,
                p.parent.lifeText(), p.parent.label())).orElse(null);
    }

    @Override
    public long create(String text) {
        Planned planned = planned(text).orElseThrow();
        return categories.createFromCode(schoolId, planned.code, planned.name);
    }

    /** The category a code would become: its name from the text, else its parent's with the code. */
    private Optional<Planned> planned(String text) {
        Matcher m = CODE.matcher(text.strip());
        if (!m.matches() || codes.contains(m.group(1))) {
            return Optional.empty();
        }
        return categories.parentOf(schoolId, m.group(1)).map(parent -> new Planned(m.group(1),
                m.group(2) != null ? m.group(2).strip() : parent.name() + "（" + m.group(1) + "）", parent));
    }

    private record Planned(String code, String name, AssetCategories.Category parent) {
    }
}
