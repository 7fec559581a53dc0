package org.houqin.assets.category;

import static org.houqin.platform.imports.ImportField.optional;
import static org.houqin.platform.imports.ImportField.required;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.houqin.platform.imports.ImportField;
import org.houqin.platform.imports.ImportKind;
import org.houqin.platform.imports.ImportMapping;
import org.houqin.platform.imports.ImportRow;
import org.houqin.platform.imports.RowProblem;
import org.houqin.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * 导入分类表: the school's own table or an official GB/T 14885 one. A code is 1 to 16 letters or digits and
 * appears once; an empty useful life means the class does not depreciate; 电器 is 是 or Y.
 */
@Component
class AssetCategoryImport implements ImportKind<AssetCategories.Imported> {

    private static final List<ImportField> FIELDS = List.of(
            required("CODE", "assetCategory.import.field.CODE", "分类代码", "代码", "分类编码", "编码"),
            required("NAME", "assetCategory.import.field.NAME", "分类名称", "名称"),
            optional("LIFE_YEARS", "assetCategory.import.field.LIFE_YEARS", "使用年限（年）", "使用年限", "折旧年限"),
            optional("APPLIANCE", "assetCategory.import.field.APPLIANCE", "电器", "是否电器"));

    private final AssetCategories categories;

    AssetCategoryImport(AssetCategories categories) {
        this.categories = categories;
    }

    @Override
    public String name() {
        return "asset-categories";
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public List<String> example() {
        return List.of("2010100", "台式计算机", "6", "否");
    }

    @Override
    public ImportJob<AssetCategories.Imported> start(long schoolId, CurrentUser me, ImportMapping mapping) {
        Set<String> seen = new HashSet<>();
        return new ImportJob<>() {
            @Override
            public AssetCategories.Imported check(ImportRow row) {
                return line(row, seen);
            }

            @Override
            public ImportSummary write(List<AssetCategories.Imported> lines, int rows) {
                categories.saveImported(schoolId, lines);
                return null;
            }
        };
    }

    private static AssetCategories.Imported line(ImportRow row, Set<String> seen) {
        String code = row.text("CODE");
        String name = row.text("NAME");
        if (code == null || !code.matches("[A-Za-z0-9]{1,16}")) {
            throw new RowProblem("CODE", "assetCategory.import.code");
        }
        if (!seen.add(code)) {
            throw new RowProblem("CODE", "assetCategory.import.twice");
        }
        if (name == null || name.length() > 60) {
            throw new RowProblem("NAME", "assetCategory.import.name");
        }
        String appliance = row.text("APPLIANCE");
        return new AssetCategories.Imported(code, name, lifeMonths(row.text("LIFE_YEARS")),
                appliance != null && (appliance.equals("是") || appliance.equalsIgnoreCase("Y")));
    }

    private static Integer lifeMonths(String years) {
        if (years == null) {
            return null;
        }
        int whole = years.matches("\\d{1,3}(\\.0+)?") ? Integer.parseInt(years.replaceAll("\\..*", "")) : 0;
        if (whole < 1 || whole > 100) {
            throw new RowProblem("LIFE_YEARS", "assetCategory.import.life");
        }
        return whole * 12;
    }
}
