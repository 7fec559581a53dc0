package org.houqin.routines.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.SystemWork;
import org.houqin.routines.checklist.ChecklistTemplate;
import org.houqin.routines.checklist.ItemKind;
import org.houqin.routines.records.TemplateVersionQueries;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** A school's checklists: copied from the library, revised as versions, refused when stale, hidden from others. */
class TemplatesTest extends IntegrationTest {

    @Autowired
    Templates templates;

    @Autowired
    OrganizationApi organization;

    /** How records read a template's versions: the one reader of them. */
    @Autowired
    TemplateVersionQueries versions;

    @Test
    void aCopyOfTheLibraryIsTheSchoolsVersionOneWithTheSameItems() {
        long school = Demo.schoolId(jdbc);
        long id = SystemWork.call(() -> templates.copy(school, "electrical", Demo.userId(jdbc, "director")));
        TemplateVersionQueries.Version current = SystemWork.call(() -> versions.current(school, id)).orElseThrow();
        ChecklistTemplate library = templates.library().stream().filter(t -> t.code().equals("electrical"))
                .findFirst().orElseThrow();
        assertThat(current.template().version()).isEqualTo(1);
        assertThat(current.template().code()).startsWith("electrical");
        assertThat(current.template().items()).isEqualTo(library.items());
        assertThat(current.template().appliesTo()).isEqualTo(library.appliesTo());
    }

    @Test
    void revisingMakesVersionTwoAndKeepsVersionOneForItsRecords() {
        long school = Demo.schoolId(jdbc);
        long id = SystemWork.call(() -> templates.copy(school, "surroundings", Demo.userId(jdbc, "director")));
        long first = SystemWork.call(() -> versions.current(school, id)).orElseThrow().id();
        WebUser director = login("director");
        Map<String, String> fields = formOf(SystemWork.call(() -> templates.find(school, id)).orElseThrow());
        fields.put("items[0].text", "校门口交通安全设施完好（本校修改）");
        WebUser.Page saved = director.post("/routines/templates/" + id, fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        TemplateVersionQueries.Version current = SystemWork.call(() -> versions.current(school, id)).orElseThrow();
        assertThat(current.template().version()).isEqualTo(2);
        assertThat(current.template().items().get(0).text()).isEqualTo("校门口交通安全设施完好（本校修改）");
        ChecklistTemplate old = SystemWork.call(() -> versions.byId(school, first)).orElseThrow().template();
        assertThat(old.version()).isEqualTo(1);
        assertThat(old.items().get(0).text()).isNotEqualTo("校门口交通安全设施完好（本校修改）");
        assertThat(director.get("/routines/templates/" + id).body()).contains("本校修改").contains("v2");
    }

    @Test
    void anEditFromAStaleFormIsRefused() {
        long school = Demo.schoolId(jdbc);
        long user = Demo.userId(jdbc, "director");
        long id = SystemWork.call(() -> templates.copy(school, "sports-equipment", user));
        Templates.Stored stored = SystemWork.call(() -> templates.find(school, id)).orElseThrow();
        TemplateForm first = TemplateForm.of(stored.template(), stored.version());
        TemplateForm second = TemplateForm.of(stored.template(), stored.version());
        SystemWork.call(() -> templates.revise(school, id, first, user));
        assertThatThrownBy(() -> SystemWork.call(() -> templates.revise(school, id, second, user)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM routines.template_version WHERE template_id = ?", id))
                .isEqualTo(2);
    }

    @Test
    void aHazardOnANumberWithoutLimitsIsAMessageAtThatField() {
        long school = Demo.schoolId(jdbc);
        long id = SystemWork.call(() -> templates.copy(school, "laboratory", Demo.userId(jdbc, "director")));
        Map<String, String> fields = formOf(SystemWork.call(() -> templates.find(school, id)).orElseThrow());
        fields.put("items[1].kind", ItemKind.NUMBER.name());
        fields.put("items[1].min", "");
        fields.put("items[1].max", "");
        fields.put("items[1].hazard", "MAJOR");
        WebUser.Page page = login("director").post("/routines/templates/" + id, fields);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("只有可能不合格的项目才能设隐患");
        assertThat(Demo.count(jdbc, "SELECT current_version FROM routines.template WHERE id = ?", id)).isEqualTo(1);
    }

    @Test
    void theEditorAddsAndRemovesRowsWithoutSaving() {
        long school = Demo.schoolId(jdbc);
        long id = SystemWork.call(() -> templates.copy(school, "before-holiday", Demo.userId(jdbc, "director")));
        Map<String, String> fields = formOf(SystemWork.call(() -> templates.find(school, id)).orElseThrow());
        int rows = (int) fields.keySet().stream().filter(k -> k.endsWith("].code")).count();
        fields.put("edit", "add");
        WebUser.Page added = login("director").post("/routines/templates/" + id, fields);
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains("items[" + rows + "].text");
        assertThat(Demo.count(jdbc, "SELECT current_version FROM routines.template WHERE id = ?", id)).isEqualTo(1);
    }

    @Test
    void anotherSchoolsTemplateIsNotFound() {
        long other = SystemWork.call(() -> jdbc.sql("SELECT id FROM organization.school WHERE code = 'RPLAN2'")
                .query(Long.class).optional().orElseGet(() -> organization.createSchool("RPLAN2", "外校检查表")));
        long theirs = SystemWork.call(() -> templates.copy(other, "fire-monthly", Demo.userId(jdbc, "director")));
        WebUser director = login("director");
        assertThat(director.get("/routines/templates/" + theirs).status()).isEqualTo(404);
        assertThat(director.get("/routines/templates/" + theirs + "/edit").status()).isEqualTo(404);
    }

    /** The fields the edit page posts for a stored template. */
    private static Map<String, String> formOf(Templates.Stored stored) {
        TemplateForm form = TemplateForm.of(stored.template(), stored.version());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", form.getName());
        fields.put("category", form.getCategory());
        fields.put("source", form.getSource() == null ? "" : form.getSource());
        fields.put("version", String.valueOf(form.getVersion()));
        for (int i = 0; i < form.getItems().size(); i++) {
            ItemRow row = form.getItems().get(i);
            String p = "items[" + i + "].";
            fields.put(p + "code", row.getCode());
            fields.put(p + "text", row.getText());
            fields.put(p + "kind", row.getKind().name());
            fields.put(p + "required", String.valueOf(row.isRequired()));
            fields.put(p + "hint", row.getHint() == null ? "" : row.getHint());
            fields.put(p + "hazard", row.getHazard() == null ? "" : row.getHazard().name());
            fields.put(p + "min", row.getMin() == null ? "" : row.getMin().toPlainString());
            fields.put(p + "max", row.getMax() == null ? "" : row.getMax().toPlainString());
            fields.put(p + "unit", row.getUnit() == null ? "" : row.getUnit());
            fields.put(p + "options", row.getOptions() == null ? "" : row.getOptions());
            fields.put(p + "failing", row.getFailing() == null ? "" : row.getFailing());
        }
        return fields;
    }
}
