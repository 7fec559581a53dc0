package org.houqin.organization.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void showsOnlyTheFirstThreeAndLastFourDigitsOfAPhone() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("0571-88880000")).isEqualTo("057****0000");
        assertThat(Masking.phone("1234")).isEqualTo("**34");
        assertThat(Masking.phone(null)).isEmpty();
    }
}
