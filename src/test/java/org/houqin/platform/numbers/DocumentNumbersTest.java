package org.houqin.platform.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Document numbers come in order per type, school and year, with no gaps, also under concurrency and rollback. */
class DocumentNumbersTest extends IntegrationTest {

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    TransactionTemplate transaction;

    private String take(long school, String type, int year) {
        return SystemWork.call(() -> transaction.execute(status -> numbers.next(school, type, year)));
    }

    @Test
    void numbersAreFormattedAndCountPerTypeAndYear() {
        long school = Demo.schoolId(jdbc);
        assertThat(DocumentNumbers.format("BX", 2026, 17)).isEqualTo("BX-2026-00017");
        assertThat(take(school, "TA", 2026)).isEqualTo("TA-2026-00001");
        assertThat(take(school, "TA", 2026)).isEqualTo("TA-2026-00002");
        assertThat(take(school, "TA", 2027)).isEqualTo("TA-2027-00001");
        assertThat(take(school, "TB", 2026)).isEqualTo("TB-2026-00001");
    }

    @Test
    void aRolledBackDocumentGivesItsNumberBack() {
        long school = Demo.schoolId(jdbc);
        assertThat(take(school, "TC", 2026)).isEqualTo("TC-2026-00001");
        SystemWork.run(() -> transaction.executeWithoutResult(status -> {
            assertThat(numbers.next(school, "TC", 2026)).isEqualTo("TC-2026-00002");
            status.setRollbackOnly();
        }));
        assertThat(take(school, "TC", 2026)).isEqualTo("TC-2026-00002");
    }

    @Test
    void concurrentDocumentsGetEveryNumberExactlyOnce() throws Exception {
        long school = Demo.schoolId(jdbc);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> taken = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Callable<String> one = () -> take(school, "TD", 2026);
                taken.add(pool.submit(one));
            }
            List<String> all = new ArrayList<>();
            for (Future<String> number : taken) {
                all.add(number.get());
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, 40).mapToObj(n -> DocumentNumbers.format("TD", 2026, n)).toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aNumberIsOnlyTakenInsideTheTransactionThatSavesTheDocument() {
        long school = Demo.schoolId(jdbc);
        assertThatThrownBy(() -> numbers.next(school, "TE", 2026))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
        assertThatThrownBy(() -> take(school, "bx", 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> take(school, "ZZ", 2026)).as("a type no module declares")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declare");
    }
}
