package org.houqin.routines.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A template and its items refuse settings that make no sense, naming the item. */
class ChecklistTemplateTest {

    private static final ChecklistItem EXITS = ChecklistItem.passFail("exits", "安全出口畅通");

    @Test
    void refusesTheSameItemCodeTwice() {
        assertThatThrownBy(() -> new ChecklistTemplate("fire", "消防检查", "消防安全", 1, null, AppliesTo.everywhere(),
                List.of(EXITS, ChecklistItem.passFail("exits", "疏散通道畅通"))))
                .isInstanceOf(InvalidTemplate.class).hasMessageContaining("item exits");
    }

    @Test
    void refusesAHazardOnAnItemThatCannotFail() {
        assertThatThrownBy(() -> ChecklistItem.of("remarks", "其他问题", ItemKind.TEXT).hazardIfFailed(HazardLevel.GENERAL))
                .isInstanceOf(InvalidTemplate.class).hasMessageContaining("item remarks");
        assertThatThrownBy(() -> ChecklistItem.number("count", "灭火器数量", new NumberLimits(null, null, "具"))
                .hazardIfFailed(HazardLevel.GENERAL)).isInstanceOf(InvalidTemplate.class);
    }

    @Test
    void refusesLimitsWhoseMinimumIsAboveTheMaximum() {
        assertThatThrownBy(() -> new NumberLimits(new BigDecimal("8"), BigDecimal.ZERO, "℃"))
                .isInstanceOf(InvalidTemplate.class).hasMessageContaining("above");
    }

    @Test
    void refusesAChoiceWhereEveryOptionFails() {
        assertThatThrownBy(() -> new Choices(List.of("红区", "黄区"), List.of("红区", "黄区")))
                .isInstanceOf(InvalidTemplate.class);
    }

    @Test
    void refusesATemplateThatAppliesNowhere() {
        assertThatThrownBy(() -> new AppliesTo(false, null, null, null)).isInstanceOf(InvalidTemplate.class);
    }

    @Test
    void coversTheRoomTypesBuildingsAndRoomsItNames() {
        AppliesTo labsAndOneRoom = new AppliesTo(false, Set.of("LAB"), Set.of(), Set.of(77L));

        assertThat(labsAndOneRoom.covers("LAB", 1, 10)).isTrue();
        assertThat(labsAndOneRoom.covers("CLASSROOM", 1, 77)).isTrue();
        assertThat(labsAndOneRoom.covers("CLASSROOM", 1, 10)).isFalse();
        assertThat(AppliesTo.everywhere().covers("OFFICE", 2, 20)).isTrue();
    }

    @Test
    void aRevisionIsTheNextVersionWithTheNewItems() {
        ChecklistTemplate first = new ChecklistTemplate("fire", "消防检查", "消防安全", 1, null, AppliesTo.everywhere(),
                List.of(EXITS));

        ChecklistTemplate second = first.revised(List.of(EXITS, ChecklistItem.passFail("lights", "应急灯完好")));

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.items()).hasSize(2);
        assertThat(first.items()).hasSize(1);
    }
}
