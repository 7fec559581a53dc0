package org.houqin.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.houqin.platform.web.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

/** A document's steps are written once; a step its status does not allow is refused with a message for the user. */
class StatusFlowTest {

    enum Status { SUBMITTED, RETURNED, POSTED, CANCELLED }

    private static final StatusFlow<Status> FLOW = StatusFlow.of("sample", Status.class)
            .step("approve", Status.SUBMITTED, Status.POSTED)
            .step("return", Status.SUBMITTED, Status.RETURNED)
            .steps("cancel", Status.CANCELLED, Status.SUBMITTED, Status.RETURNED);

    @Test
    void aStepLeadsFromItsStatusToTheNext() {
        StatusFlow.Step<Status> step = FLOW.take("approve", Status.SUBMITTED);
        assertThat(step.from()).isEqualTo(Status.SUBMITTED);
        assertThat(step.to()).isEqualTo(Status.POSTED);
        assertThat(FLOW.take("cancel", Status.RETURNED).to()).isEqualTo(Status.CANCELLED);
        assertThat(FLOW.allows("cancel", Status.SUBMITTED)).isTrue();
        assertThat(FLOW.allows("approve", Status.POSTED)).isFalse();
    }

    @Test
    void aStepFromAStatusThatDoesNotAllowItIsRefusedNamingTheStepAndTheStatus() {
        assertThatThrownBy(() -> FLOW.take("approve", Status.POSTED)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.messageKey()).isEqualTo("document.step.refused");
            assertThat(e.args()).extracting(a -> ((MessageSourceResolvable) a).getCodes()[0])
                    .containsExactly("sample.action.approve", "sample.status.POSTED");
        });
    }

    @Test
    void aStepNobodyDeclaredIsAProgrammingErrorAndAStepGivenTwiceIsRefusedAtDeclaration() {
        assertThatThrownBy(() -> FLOW.take("post", Status.SUBMITTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusFlow.of("twice", Status.class).step("approve", Status.SUBMITTED, Status.POSTED)
                .step("approve", Status.SUBMITTED, Status.RETURNED)).isInstanceOf(IllegalStateException.class);
    }
}
