package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.Imports;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.junit.jupiter.api.Test;

/** Importing a category table: all rows or none by default, parents found from the codes. */
class CategoryImportTest extends IntegrationTest {

    private static final List<String> HEADERS = List.of("分类代码", "分类名称", "使用年限（年）", "电器");

    private long count(String codePrefix) {
        return Demo.count(jdbc, "SELECT count(*) FROM assets.category WHERE school_id = ? AND code LIKE ?",
                Demo.schoolId(jdbc), codePrefix + "%");
    }

    @Test
    void aTableWithABadRowWritesNothingUnlessTheValidRowsAreChosen() {
        WebUser admin = login("director");
        admin.get("/assets/categories/import");
        byte[] file = Workbooks.of(HEADERS, List.of(
                List.of("9960000", "导入测试门类", "", ""),
                List.of("9960100", "导入测试电器", "8", "是"),
                List.of("9960100", "重复的代码", "8", ""),
                List.of("9960200", "年限不对", "十年", "")));
        WebUser.Page uploaded = admin.multipart("/assets/categories/import", Map.of(),
                List.of(new WebUser.FilePart("file", "分类.xlsx", "application/octet-stream", file)));
        assertThat(uploaded.status()).isEqualTo(302);
        String id = uploaded.location().replaceAll(".*/assets/categories/import/", "");
        WebUser.Page refused = Imports.run(admin, "/assets/categories/import", id, false);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("同一分类代码在文件中出现了两次").contains("使用年限应为 1 到 100 的整数");
        assertThat(count("996")).isZero();

        WebUser.Page partly = Imports.run(admin, "/assets/categories/import", id, true);
        assertThat(partly.status()).isEqualTo(302);
        assertThat(count("996")).isEqualTo(2);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM assets.category c JOIN assets.category p ON p.id = c.parent_id
                WHERE c.code = '9960100' AND p.code = '9960000' AND c.useful_life_months = 96 AND c.appliance
                  AND NOT p.depreciable AND c.school_id = ?""", Demo.schoolId(jdbc))).isEqualTo(1);
        assertThat(login("teacher").get("/assets/categories/import").status()).isEqualTo(403);
    }
}
