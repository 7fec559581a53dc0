package org.houqin.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToUnicodeRepairTest {

    @Test
    void rewritesKangxiRadicalsToTheirOrdinaryCharacters() {
        String cmap = """
                begincmap
                2 beginbfchar
                <0001> <2F83>
                <0002> <4E2D>
                endbfchar
                1 beginbfrange
                <0010> <0012> <2F63>
                endbfrange
                endcmap
                """;
        String fixed = ToUnicodeRepair.fixCMap(cmap);
        assertThat(fixed).contains("<0001> <81EA>").contains("<0002> <4E2D>");
        // ⽣ U+2F63 is 生, ⽤ U+2F64 is 用, ⽥ U+2F65 is 田: a range over radicals becomes single entries.
        assertThat(fixed).contains("<0010> <0010> <751F>").contains("<0011> <0011> <7528>").contains("<0012> <0012> <7530>");
        assertThat(fixed).contains("3 beginbfrange").contains("2 beginbfchar");
    }

    @Test
    void rewritesSimplifiedRadicalFormsWithoutAnNfkcMapping() {
        String fixed = ToUnicodeRepair.fixCMap("1 beginbfchar\n<0005> <2ED3>\nendbfchar\n");
        assertThat(fixed).isEqualTo("1 beginbfchar\n<0005> <957F>\nendbfchar\n");
    }

    @Test
    void leavesOrdinaryMapsAlone() {
        String cmap = "1 beginbfrange\n<0010> <0012> <4E00>\nendbfrange\n";
        assertThat(ToUnicodeRepair.fixCMap(cmap)).isEqualTo(cmap);
    }
}
