package org.houqin.assets.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** Where labels go on a sheet, and which custom grids fit on A4. */
class SheetLayoutTest {

    private static List<Integer> labels(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void theStandardSheetsFitExactlyOnA4() {
        for (LabelStock stock : List.of(LabelStock.A4_3X8, LabelStock.A4_2X7)) {
            SheetLayout layout = stock.layout().orElseThrow();
            assertThat(layout.fitsAcross()).as(stock.name()).isTrue();
            assertThat(layout.fitsDown()).as(stock.name()).isTrue();
            assertThat(layout.usedWidth()).as(stock.name()).isGreaterThan(205);
        }
        assertThat(LabelStock.A4_3X8.layout().orElseThrow().perPage()).isEqualTo(24);
        assertThat(LabelStock.A4_2X7.layout().orElseThrow().perPage()).isEqualTo(14);
    }

    @Test
    void labelsGoAcrossThenDownAndStartANewSheetWhenOneIsFull() {
        SheetLayout layout = LabelStock.A4_3X8.layout().orElseThrow();
        var pages = layout.place(labels(25), 0);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).hasSize(24);
        assertThat(pages.get(0).get(1).left()).isEqualTo("70.00");
        assertThat(pages.get(0).get(3).top()).isEqualTo("37.50");
        assertThat(pages.get(0).get(23).top()).isEqualTo("259.50");
        assertThat(pages.get(1).get(0).label()).isEqualTo(25);
    }

    @Test
    void skippedPositionsOfAPartlyUsedSheetStayEmpty() {
        SheetLayout layout = LabelStock.A4_3X8.layout().orElseThrow();
        var pages = layout.place(labels(2), 23);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).singleElement().satisfies(p -> {
            assertThat(p.left()).isEqualTo("140.00");
            assertThat(p.top()).isEqualTo("259.50");
        });
        assertThat(pages.get(1).get(0).left()).isEqualTo("0.00");
    }

    @Test
    void aCustomGridWiderOrTallerThanA4IsRefusedAtItsFields() {
        LabelSheetForm form = new LabelSheetForm();
        form.setStock(LabelStock.CUSTOM);
        form.setColumns(3);
        form.setLabelWidth(new java.math.BigDecimal("70"));
        form.setMarginLeft(new java.math.BigDecimal("1"));
        form.setRows(8);
        var errors = new BeanPropertyBindingResult(form, "sheet");
        form.check(errors);
        assertThat(errors.getFieldError("labelWidth")).isNotNull();
        assertThat(errors.getFieldError("labelHeight")).isNull();

        form.setMarginLeft(java.math.BigDecimal.ZERO);
        form.setRows(9);
        errors = new BeanPropertyBindingResult(form, "sheet");
        form.check(errors);
        assertThat(errors.getFieldError("labelWidth")).isNull();
        assertThat(errors.getFieldError("labelHeight")).isNotNull();
    }

    @Test
    void aThermalRollPrintsOneLabelAPageAndSkipsNothing() {
        LabelSheetForm form = new LabelSheetForm();
        form.setStock(LabelStock.THERMAL_50X30);
        form.setSkip(5);
        assertThat(form.positionsToSkip()).isZero();
        assertThat(form.layout().place(labels(3), form.positionsToSkip())).hasSize(3);
    }
}
