package org.houqin.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.houqin.platform.imports.ValueLookup.ValueOption;
import org.junit.jupiter.api.Test;

/** How the values page matches a file's text to the school's records: exactly, or as guesses for the user. */
class ValueMatcherTest {

    private static final ValueMatcher ROOMS = new ValueMatcher(List.of(new ValueOption(1, "A-101", "初一(1)班教室"),
            new ValueOption(2, "A-130", "教学楼器材室"), new ValueOption(3, "C-201", "总务处办公室")));
    private static final ValueMatcher DEPARTMENTS = new ValueMatcher(List.of(
            new ValueOption(7, null, "总务处（后勤处）", List.of("总务处", "后勤处")), new ValueOption(8, null, "教务处"),
            new ValueOption(9, null, "教务处")));

    @Test
    void findsExactlyByCodeNameLabelOrAnotherName() {
        assertThat(ROOMS.exact("A-101")).map(ValueOption::id).contains(1L);
        assertThat(ROOMS.exact(" a-101 ")).map(ValueOption::id).contains(1L);
        assertThat(ROOMS.exact("C-201 总务处办公室")).map(ValueOption::id).contains(3L);
        assertThat(DEPARTMENTS.exact("后勤处")).map(ValueOption::id).contains(7L);
        assertThat(DEPARTMENTS.exact("教务处")).as("a name two records share names neither").isEmpty();
        assertThat(ROOMS.exact("教学楼A-101")).isEmpty();
    }

    @Test
    void guessesACodeOrANameInsideTheTextFirst() {
        assertThat(ROOMS.guesses("教学楼A-101")).first().satisfies(g -> {
            assertThat(g.option().id()).isEqualTo(1L);
            assertThat(g.score()).isGreaterThanOrEqualTo(ValueMatcher.LIKELY);
        });
        assertThat(ROOMS.guesses("行政楼-总务处")).first().extracting(g -> g.option().id()).isEqualTo(3L);
        assertThat(DEPARTMENTS.guesses("教务处")).extracting(g -> g.option().id()).contains(8L, 9L);
    }

    @Test
    void guessesAParentCodeBelowTheLikelyLineAndNothingForAStranger() {
        ValueMatcher categories = new ValueMatcher(List.of(new ValueOption(20, "2010000", "计算机设备及软件"),
                new ValueOption(60, "6010000", "家具")));
        assertThat(categories.guesses("2010105")).singleElement().satisfies(g -> {
            assertThat(g.option().id()).isEqualTo(20L);
            assertThat(g.score()).isLessThan(ValueMatcher.LIKELY);
        });
        assertThat(ROOMS.guesses("Z-999")).isEmpty();
        assertThat(ValueMatcher.dice("王建国", "王建华")).isEqualTo(0.5);
    }
}
