package org.houqin.routines.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.houqin.places.RoomType;
import org.junit.jupiter.api.Test;

/** The default Chinese checklists load, hold together, and a bad file is refused with its name and item. */
class TemplateLibraryTest {

    private static final TemplateLibrary LIBRARY = TemplateLibrary.load();

    @Test
    void holdsTheTenTemplatesTheIssueNames() {
        List<String> names = LIBRARY.templates().stream().map(ChecklistTemplate::name).toList();

        assertThat(LIBRARY.templates()).hasSize(10);
        for (String wanted : List.of("开学前安全卫生大检查", "消防设施月检", "用电安全", "校舍", "体育器材", "实验室", "食堂",
                "宿舍", "周边环境", "节假日前检查")) {
            assertThat(names).as(wanted).anyMatch(name -> name.contains(wanted));
        }
    }

    @Test
    void everyTemplateIsAFirstVersionWithEightToTwentyFiveItemsAndASource() {
        assertThat(LIBRARY.templates()).allSatisfy(t -> {
            assertThat(t.version()).isEqualTo(1);
            assertThat(t.items()).hasSizeBetween(8, 25);
            assertThat(t.source()).isNotBlank();
            assertThat(t.items()).last().extracting(ChecklistItem::kind).isEqualTo(ItemKind.SIGNATURE);
        });
    }

    @Test
    void itemCodesAreUniqueInEveryTemplate() {
        assertThat(LIBRARY.templates()).allSatisfy(t ->
                assertThat(t.items()).extracting(ChecklistItem::code).doesNotHaveDuplicates());
    }

    @Test
    void everyItemHasExactlyTheSettingsOfItsKind() {
        assertThat(LIBRARY.templates().stream().flatMap(t -> t.items().stream())).allSatisfy(i -> {
            assertThat(i.limits() != null).as(i.code()).isEqualTo(i.kind() == ItemKind.NUMBER);
            assertThat(i.choices() != null).as(i.code()).isEqualTo(i.kind() == ItemKind.CHOICE);
            if (i.hazardIfFailed() != null) {
                assertThat(i.kind().canFail()).as(i.code()).isTrue();
            }
        });
    }

    @Test
    void roomTypesAreNamesOfThePlacesModulesRoomTypes() {
        List<String> known = Arrays.stream(RoomType.values()).map(RoomType::name).toList();

        assertThat(LIBRARY.templates().stream().flatMap(t -> t.appliesTo().roomTypes().stream())).isSubsetOf(known);
        assertThat(LIBRARY.template("laboratory").orElseThrow().appliesTo().roomTypes()).containsExactly("LAB");
        assertThat(LIBRARY.template("canteen").orElseThrow().appliesTo().roomTypes()).containsExactly("CANTEEN");
        assertThat(LIBRARY.template("dormitory").orElseThrow().appliesTo().roomTypes()).containsExactly("DORMITORY");
    }

    @Test
    void theFireCheckAsksTheExtinguisherPressureWithRedAndYellowFailing() {
        ChecklistTemplate fire = LIBRARY.template("fire-monthly").orElseThrow();
        ChecklistItem pressure = fire.item("extinguisher-pressure").orElseThrow();

        assertThat(pressure.kind()).isEqualTo(ItemKind.CHOICE);
        assertThat(pressure.choices().options()).containsExactly("绿区", "红区", "黄区");
        assertThat(pressure.choices().failing()).containsExactlyInAnyOrder("红区", "黄区");
        assertThat(pressure.hazardIfFailed()).isNotNull();
        assertThat(fire.items()).extracting(ChecklistItem::text)
                .anyMatch(t -> t.contains("消火栓")).anyMatch(t -> t.contains("疏散通道")).anyMatch(t -> t.contains("应急照明"));
    }

    @Test
    void theDangerousBuildingItemsRaiseSevereHazards() {
        ChecklistTemplate buildings = LIBRARY.template("school-buildings").orElseThrow();

        assertThat(buildings.item("danger-grade").orElseThrow().hazardIfFailed()).isEqualTo(HazardLevel.SEVERE);
        assertThat(buildings.item("load-bearing").orElseThrow().hazardIfFailed()).isEqualTo(HazardLevel.SEVERE);
        assertThat(buildings.item("danger-grade").orElseThrow().choices().failing()).containsExactly("C级", "D级");
    }

    @Test
    void refusesAFileWithAnUnknownKindNamingTheFile() {
        assertThatThrownBy(() -> read("bad.json", item("\"code\": \"x\", \"text\": \"问\", \"kind\": \"STARS\"")))
                .isInstanceOf(InvalidTemplate.class).hasMessageContaining("routines/library/bad.json")
                .hasMessageContaining("STARS");
    }

    @Test
    void refusesAUnitOnAPassFailItemNamingTheFileAndTheItem() {
        assertThatThrownBy(() -> read("bad.json",
                item("\"code\": \"exits\", \"text\": \"出口畅通\", \"kind\": \"PASS_FAIL\", \"unit\": \"个\"")))
                .isInstanceOf(InvalidTemplate.class).hasMessageContaining("routines/library/bad.json")
                .hasMessageContaining("item exits");
    }

    @Test
    void refusesAChoiceWhoseFailingOptionIsNotOneOfItsOptions() {
        assertThatThrownBy(() -> read("bad.json", item("\"code\": \"gauge\", \"text\": \"压力\", \"kind\": \"CHOICE\","
                + " \"options\": [\"绿区\", \"红区\"], \"failing\": [\"黄区\"]")))
                .isInstanceOf(InvalidTemplate.class).hasMessageContaining("item gauge").hasMessageContaining("黄区");
    }

    @Test
    void refusesAMisspelledField() {
        assertThatThrownBy(() -> read("bad.json",
                item("\"code\": \"exits\", \"text\": \"出口畅通\", \"kind\": \"PASS_FAIL\", \"requried\": false")))
                .isInstanceOf(InvalidTemplate.class).hasMessageContaining("requried");
    }

    @Test
    void refusesAFileNotNamedAfterItsTemplate() {
        assertThatThrownBy(() -> read("fire.json", item("\"code\": \"exits\", \"text\": \"出口畅通\", \"kind\": \"PASS_FAIL\"")))
                .isInstanceOf(InvalidTemplate.class).hasMessageContaining("bad.json");
    }

    private static ChecklistTemplate read(String fileName, String json) {
        return TemplateLibrary.read(fileName, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** A one-item template file named bad.json. */
    private static String item(String fields) {
        return """
                {"code": "bad", "name": "坏模板", "category": "测试", "version": 1,
                 "appliesTo": {"everywhere": true, "roomTypes": []}, "items": [{%s}]}""".formatted(fields);
    }
}
