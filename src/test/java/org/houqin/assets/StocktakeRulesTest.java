package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import org.houqin.assets.stocktake.CardScan;
import org.houqin.assets.stocktake.CardScan.Card;
import org.houqin.assets.stocktake.CardScan.Outcome;
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

    @Test
    void aCardCountedInAnotherRoomAsksWhichIsRightAndMovesOnlyWhenItIsHere() {
        Card countedIn101 = new Card(1, 101L, CountResult.FOUND, 101L, null);
        assertThat(CardScan.decide(countedIn101, 205L, null, false).outcome()).isEqualTo(Outcome.COUNTED_ELSEWHERE);
        assertThat(CardScan.decide(countedIn101, 205L, null, true))
                .isEqualTo(new CardScan.Decision(Outcome.COUNT, CountResult.MISPLACED, null));
        assertThat(CardScan.decide(countedIn101, 101L, null, false).outcome()).isEqualTo(Outcome.AGAIN);
        Card givenUp = new Card(1, 101L, CountResult.MISSING, null, null);
        assertThat(CardScan.decide(givenUp, 205L, null, false))
                .as("a card given up as missing counts again where it turns up")
                .isEqualTo(new CardScan.Decision(Outcome.COUNT, CountResult.MISPLACED, null));
    }

    @Test
    void aBatchCardCountsOnlyWithTheQuantitySeen() {
        Card desks = new Card(44, 101L, null, null, null);
        assertThat(CardScan.decide(desks, 101L, null, false).outcome()).isEqualTo(Outcome.ASK_QUANTITY);
        assertThat(CardScan.decide(desks, 101L, 0, false).outcome()).isEqualTo(Outcome.QUANTITY_OUT_OF_RANGE);
        assertThat(CardScan.decide(desks, 101L, 45, false).outcome()).isEqualTo(Outcome.QUANTITY_OUT_OF_RANGE);
        assertThat(CardScan.decide(desks, 101L, 41, false))
                .isEqualTo(new CardScan.Decision(Outcome.COUNT, CountResult.FOUND, 41));
        Card counted = new Card(44, 101L, CountResult.FOUND, 101L, 41);
        assertThat(CardScan.decide(counted, 101L, 41, false).outcome()).isEqualTo(Outcome.AGAIN);
        assertThat(CardScan.decide(counted, 101L, 43, false))
                .isEqualTo(new CardScan.Decision(Outcome.COUNT, CountResult.FOUND, 43));
    }
}
