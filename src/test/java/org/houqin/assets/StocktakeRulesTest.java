package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import org.houqin.assets.stocktake.CountResult;
import org.houqin.assets.stocktake.ScanCode;
import org.houqin.assets.stocktake.ScanCode.Kind;
import org.junit.jupiter.api.Test;

/** How a scan is read and what it makes of a card. */
class StocktakeRulesTest {

    @Test
    void labelsAndTypedCodesAreToldApart() {
        assertThat(ScanCode.parse("https://houqin.school.cn/q/0123456789abcdef01234567"))
                .isEqualTo(new ScanCode(Kind.ROOM_TOKEN, "0123456789abcdef01234567"));
        assertThat(ScanCode.parse(" http://localhost:8080/a/abcdefabcdefabcdefabcdef "))
                .isEqualTo(new ScanCode(Kind.ASSET_TOKEN, "abcdefabcdefabcdefabcdef"));
        assertThat(ScanCode.parse("zc-2026-00017")).isEqualTo(new ScanCode(Kind.ASSET_NUMBER, "ZC-2026-00017"));
        assertThat(ScanCode.parse("a-101")).isEqualTo(new ScanCode(Kind.ROOM_CODE, "A-101"));
        assertThat(ScanCode.parse("<script>").kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(ScanCode.parse("  ").kind()).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void aCardIsFoundInItsOwnRoomAndMisplacedElsewhere() {
        assertThat(CountResult.scanned(101L, 101L)).isEqualTo(CountResult.FOUND);
        assertThat(CountResult.scanned(101L, 205L)).isEqualTo(CountResult.MISPLACED);
        assertThat(CountResult.scanned(null, 205L)).isEqualTo(CountResult.FOUND);
    }

    @Test
    void theMatchRateIsFoundOverListed() {
        assertThat(CountResult.matchRate(188, 200)).isEqualByComparingTo("94.0");
        assertThat(CountResult.matchRate(2, 3)).isEqualByComparingTo("66.7");
        assertThat(CountResult.matchRate(0, 0)).isEqualByComparingTo("100.0");
    }
}
