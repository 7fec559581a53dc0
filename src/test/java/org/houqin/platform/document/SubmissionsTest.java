package org.houqin.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.Race;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The document kit's 防重复提交: one document per submission key, also when the key arrives twice at once. */
class SubmissionsTest extends IntegrationTest {

    private static final DocumentType RECEIPT = DocumentType.numbered("RK", "receipt.title", "/warehouse/receipts");
    private static final DocumentType TRANSFER = DocumentType.numbered("DB", "transfer.title", "/warehouse/transfers");

    @Autowired
    Submissions submissions;

    @Autowired
    TransactionTemplate transaction;

    private long once(DocumentType type, UUID key, AtomicInteger made, long id) {
        return Demo.asSystem(() -> transaction.execute(status -> submissions.once(Demo.schoolId(jdbc), type, key, () -> {
            made.incrementAndGet();
            return id;
        })));
    }

    @Test
    void theSameKeySentEightTimesAtOnceMakesOneDocument() throws Exception {
        UUID key = UUID.randomUUID();
        AtomicInteger made = new AtomicInteger();
        List<Long> ids = Race.of(IntStream.range(0, 8)
                .<Callable<Long>>mapToObj(i -> () -> once(RECEIPT, key, made, 1000 + i)).toList());
        assertThat(made.get()).isEqualTo(1);
        assertThat(ids.stream().distinct()).hasSize(1);
    }

    @Test
    void anotherKeyOrAnotherTypeIsAnotherDocument() {
        UUID key = UUID.randomUUID();
        AtomicInteger made = new AtomicInteger();
        assertThat(once(RECEIPT, key, made, 1)).isEqualTo(1);
        assertThat(once(RECEIPT, UUID.randomUUID(), made, 2)).isEqualTo(2);
        assertThat(once(TRANSFER, key, made, 3)).isEqualTo(3);
        assertThat(once(RECEIPT, key, made, 4)).as("the first document of this key").isEqualTo(1);
        assertThat(made.get()).isEqualTo(3);
    }

    @Test
    void aCreateThatFailsLeavesTheKeyFreeForTheCorrectedForm() {
        UUID key = UUID.randomUUID();
        assertThatThrownBy(() -> Demo.asSystem(() -> transaction.execute(status -> submissions.once(
                Demo.schoolId(jdbc), RECEIPT, key, () -> {
                    throw new IllegalStateException("refused");
                })))).hasMessage("refused");
        assertThat(once(RECEIPT, key, new AtomicInteger(), 7)).isEqualTo(7);
    }

    @Test
    void anIdempotencyKeyIsAUuidOrTheNameOfOne() {
        UUID uuid = UUID.randomUUID();
        assertThat(Submissions.fromHeader(uuid.toString())).contains(uuid);
        assertThat(Submissions.fromHeader(" order-4711 ")).isEqualTo(Submissions.fromHeader("order-4711"))
                .isNotEmpty();
        assertThat(Submissions.fromHeader("order-4712")).isNotEqualTo(Submissions.fromHeader("order-4711"));
        assertThat(Submissions.fromHeader(" ")).isEmpty();
        assertThat(Submissions.fromHeader(null)).isEmpty();
    }
}
