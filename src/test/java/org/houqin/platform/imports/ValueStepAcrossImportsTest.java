package org.houqin.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.Imports;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.junit.jupiter.api.Test;

/**
 * The values page is the kit's, so every import that looks up records gets it: here the staff import, whose
 * departments are found by another name (后勤处 for 总务处（后勤处）) or created when the user asks.
 */
class ValueStepAcrossImportsTest extends IntegrationTest {

    private static final String IMPORT = "/org/staff/import";

    @Test
    void theStaffImportFindsADepartmentByAnotherNameAndCreatesOneTheUserAskedFor() {
        WebUser admin = login("admin");
        String unique = Long.toString(System.nanoTime(), 36).toUpperCase();
        String clinic = "卫生室" + unique;
        byte[] file = Workbooks.of(List.of("工号", "姓名", "部门"), List.of(
                List.of("V1" + unique, "值一" + unique, "后勤处"),
                List.of("V2" + unique, "值二" + unique, clinic)));
        String id = Imports.upload(admin, IMPORT, "staff.xlsx", file);
        WebUser.Page values = admin.post(IMPORT + "/" + id, Imports.guessedMapping(admin, IMPORT, id));
        Map<String, String> answers = new HashMap<>(Imports.shownAnswers(values.body()));
        assertThat(Imports.questions(answers)).containsExactly("department:" + clinic);
        assertThat(answers).containsEntry(Imports.answerParam(answers, "department", clinic), "new");
        assertThat(values.body()).contains("新建部门“" + clinic + "”");

        assertThat(Imports.donePage(admin, admin.post(IMPORT + "/" + id, answers))).contains("已导入 2 行");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM organization.staff s JOIN organization.department d ON d.id = s.department_id
                WHERE s.employee_no = ? AND d.name = '总务处（后勤处）'""", "V1" + unique)).isEqualTo(1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM organization.staff s JOIN organization.department d ON d.id = s.department_id
                WHERE s.employee_no = ? AND d.name = ?""", "V2" + unique, clinic)).isEqualTo(1);
    }
}
