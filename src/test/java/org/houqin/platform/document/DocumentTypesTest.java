package org.houqin.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Document types are declared by the modules; a code twice stops the start, a code nobody declared is refused. */
class DocumentTypesTest {

    private static final DocumentType WRITE_OFF = DocumentType.approvable("BS", "writeOff.documentType",
            "/warehouse/write-offs");
    private static final DocumentType RECEIPT = DocumentType.numbered("RK", "receipt.title", "/warehouse/receipts");

    @Test
    void theRegistryKnowsEachDeclaredTypeAndWhichNeedApproval() {
        DocumentTypes types = new DocumentTypes(List.of(WRITE_OFF, RECEIPT), null);
        assertThat(types.get("BS")).isEqualTo(WRITE_OFF);
        assertThat(types.approvable()).containsExactly(WRITE_OFF);
        assertThat(types.find("ZZ")).isEmpty();
        assertThat(WRITE_OFF.link(42)).isEqualTo("/warehouse/write-offs/42");
        assertThatThrownBy(() -> types.get("ZZ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ZZ");
    }

    @Test
    void twoModulesDeclaringOneCodeStopTheStart() {
        DocumentType again = DocumentType.numbered("BS", "other.title", "/other");
        assertThatThrownBy(() -> new DocumentTypes(List.of(WRITE_OFF, again), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BS");
    }

    @Test
    void aCodeIsCapitalLettersAndAPathIsLocal() {
        assertThatThrownBy(() -> DocumentType.numbered("bs", "x", "/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentType.numbered("B", "x", "/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentType.numbered("BS", "x", "//evil.example")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentType.numbered("BS", "x", "/x/")).isInstanceOf(IllegalArgumentException.class);
    }
}
