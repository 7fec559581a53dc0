package org.houqin.platform.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.houqin.platform.HouqinProperties;
import org.junit.jupiter.api.Test;

/** Label addresses come from the declared targets; two targets never share a prefix. */
class QrTargetsTest {

    private static final QrTarget ROOMS = new QrTarget("q", "room.title", true);
    private static final QrTarget ASSETS = new QrTarget("a", "asset.documentType", false);
    private static final String TOKEN = "0123456789abcdef01234567";

    private static HouqinProperties properties(String publicUrl) {
        return new HouqinProperties(null, null, null, publicUrl, null, null, null, null);
    }

    @Test
    void aLabelPrintsTheTargetsAddressUnderThePublicUrl() {
        QrTargets targets = new QrTargets(List.of(ROOMS, ASSETS), properties("https://houqin.example.edu.cn/"));
        assertThat(targets.url(ASSETS, TOKEN)).isEqualTo("https://houqin.example.edu.cn/a/" + TOKEN);
        assertThat(targets.visitorPaths()).containsExactly("/q/*");
        assertThatThrownBy(() -> targets.url(ROOMS, "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> targets.url(new QrTarget("m", "meter", false), TOKEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScannerTypingTheWholeAddressGivesTheToken() {
        assertThat(ROOMS.tokenIn("http://localhost:8080/q/" + TOKEN)).contains(TOKEN);
        assertThat(ROOMS.tokenIn("/q/" + TOKEN + "?x=1")).contains(TOKEN);
        assertThat(ROOMS.tokenIn("/a/" + TOKEN)).isEmpty();
        assertThat(ASSETS.tokenIn("ZC-2026-00001")).isEmpty();
    }

    @Test
    void twoTargetsWithOnePrefixStopTheStart() {
        assertThatThrownBy(() -> new QrTargets(List.of(ROOMS, new QrTarget("q", "other", false)),
                properties("http://localhost:8080"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("/q/");
        assertThatThrownBy(() -> new QrTarget("Q1", "x", false)).isInstanceOf(IllegalArgumentException.class);
    }
}
