package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.houqin.assets.handover.HandoverKind;
import org.houqin.assets.handover.HandoverRules;
import org.houqin.assets.handover.HandoverRules.Outcome;
import org.houqin.assets.register.Whereabouts;
import org.houqin.platform.web.RuleViolation;
import org.junit.jupiter.api.Test;

/** What 领用, 调拨, 借出 and 归还 do to a card. */
class HandoverRulesTest {

    private static final Whereabouts IN_A101 = new Whereabouts(101L, 7L, 31L, 5L);
    private static final Whereabouts NOWHERE = new Whereabouts(null, null, null, null);

    @Test
    void aTransferChangesOnlyWhatTheFormNamesAndPutsAnIdleCardIntoUse() {
        Outcome moved = HandoverRules.apply(HandoverKind.TRANSFER, IN_A101, AssetStatus.IDLE,
                new Whereabouts(205L, null, null, null), null, "lines[0].assetNumber");
        assertThat(moved.whereabouts()).isEqualTo(new Whereabouts(205L, 7L, 31L, 5L));
        assertThat(moved.status()).isEqualTo(AssetStatus.IN_USE);
        Outcome repairing = HandoverRules.apply(HandoverKind.ASSIGN, IN_A101, AssetStatus.REPAIRING,
                new Whereabouts(null, null, null, 9L), null, "x");
        assertThat(repairing.status()).isEqualTo(AssetStatus.REPAIRING);
        assertThat(repairing.whereabouts().custodianStaffId()).isEqualTo(9L);
    }

    @Test
    void aLoanKeepsThePlaceAndNamesTheBorrowerAndAReturnClearsTheHolder() {
        Outcome lent = HandoverRules.apply(HandoverKind.LOAN, IN_A101, AssetStatus.IN_USE, NOWHERE, "王老师", "x");
        assertThat(lent.whereabouts()).isEqualTo(IN_A101);
        assertThat(lent.status()).isEqualTo(AssetStatus.LENT);
        assertThat(lent.borrower()).isEqualTo("王老师");
        Outcome back = HandoverRules.apply(HandoverKind.RETURN, IN_A101, AssetStatus.LENT,
                new Whereabouts(300L, null, null, null), null, "x");
        assertThat(back.whereabouts()).isEqualTo(new Whereabouts(300L, 7L, null, null));
        assertThat(back.status()).isEqualTo(AssetStatus.IDLE);
        assertThat(back.borrower()).isNull();
    }

    @Test
    void lentDisposedOrPendingCardsDoNotMoveAndTheFormMustNameSomewhere() {
        assertThatThrownBy(() -> HandoverRules.apply(HandoverKind.TRANSFER, IN_A101, AssetStatus.LENT,
                new Whereabouts(1L, null, null, null), null, "lines[2].assetNumber"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("lines[2].assetNumber");
                    assertThat(v.messageKey()).isEqualTo("handover.asset.lent");
                });
        assertThatThrownBy(() -> HandoverRules.apply(HandoverKind.ASSIGN, IN_A101, AssetStatus.PENDING_DISPOSAL,
                new Whereabouts(1L, null, null, null), null, "x")).hasMessageContaining("handover.asset.closed");
        assertThatThrownBy(() -> HandoverRules.apply(HandoverKind.LOAN, IN_A101, AssetStatus.LENT, NOWHERE, "李", "x"))
                .hasMessageContaining("handover.asset.lent");
        assertThatThrownBy(() -> HandoverRules.checkTarget(HandoverKind.TRANSFER, NOWHERE, null))
                .hasMessageContaining("handover.target.required");
        assertThatThrownBy(() -> HandoverRules.checkTarget(HandoverKind.LOAN, NOWHERE, " "))
                .hasMessageContaining("handover.borrower.required");
        HandoverRules.checkTarget(HandoverKind.RETURN, NOWHERE, null);
    }
}
