package org.houqin.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.houqin.platform.web.RuleViolation;
import org.junit.jupiter.api.Test;

/** A form's lines: the filled ones count, each named once, at least one. */
class DocumentLinesTest {

    private static List<Integer> filled(String... numbers) {
        return DocumentLines.filled(Arrays.asList(numbers), n -> n != null && !n.isBlank(), n -> n, "assetNumber",
                "twice", "empty");
    }

    @Test
    void emptyRowsStayOutAndTheRestKeepTheirPlaces() {
        assertThat(filled("", "ZC-1", null, "ZC-2", " ")).containsExactly(1, 3);
    }

    @Test
    void aLineNamedTwiceIsRefusedAtTheSecondAndNoLineAtTheFirst() {
        assertThatThrownBy(() -> filled("ZC-1", "", "ZC-1")).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo("lines[2].assetNumber");
            assertThat(e.messageKey()).isEqualTo("twice");
        });
        assertThatThrownBy(() -> filled("", " ")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.field()).isEqualTo("lines[0].assetNumber"));
    }
}
