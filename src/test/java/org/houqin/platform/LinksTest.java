package org.houqin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.houqin.support.IntegrationTest;
import org.houqin.support.SiteCrawl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No visible link leads to a refusal or a missing page: every demo account follows every link it is shown, from its
 * home screen onwards, and none answers 403, 404 or an error. A reference the viewer may not open is shown as text.
 */
class LinksTest extends IntegrationTest {

    @ParameterizedTest(name = "{0} opens every link it is shown")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void everyVisibleLinkOpens(String username) {
        SiteCrawl.Result walk = SiteCrawl.of(username, () -> login(username));

        assertThat(walk.read()).as("pages %s read", username).hasSizeGreaterThan(5);
        assertThat(walk.broken()).as("links shown to %s that fail %s", username, SiteCrawl.byStatus(walk.broken()))
                .isEmpty();
    }
}
