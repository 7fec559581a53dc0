package org.houqin.assets.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 品牌型号 names the brand once, whether or not the model already begins with it. */
class BrandAndModelTest {

    @Test
    void theBrandComesBeforeTheModel() {
        assertThat(AssetRow.brandAndModel("爱普生", "EB-X05")).isEqualTo("爱普生 EB-X05");
    }

    @Test
    void aModelThatBeginsWithTheBrandIsShownAsItIs() {
        assertThat(AssetRow.brandAndModel("爱普生", "爱普生 EB-X05")).isEqualTo("爱普生 EB-X05");
        assertThat(AssetRow.brandAndModel("HP", "hp LaserJet 1020")).isEqualTo("hp LaserJet 1020");
    }

    @Test
    void eitherAloneIsShownAndNeitherIsNothing() {
        assertThat(AssetRow.brandAndModel("联想", null)).isEqualTo("联想");
        assertThat(AssetRow.brandAndModel(null, "ThinkPad E14")).isEqualTo("ThinkPad E14");
        assertThat(AssetRow.brandAndModel(" ", null)).isNull();
    }
}
