package org.houqin.iam.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Signing in returns only to a page of this application, never to an address a link smuggled in. */
class LoginTargetTest {

    @Test
    void aLocalPathIsFollowedWithItsQuery() {
        assertThat(LoginTarget.local("/q/Ab3dE")).contains("/q/Ab3dE");
        assertThat(LoginTarget.local("/repairs?view=OPEN&sort=due")).contains("/repairs?view=OPEN&sort=due");
    }

    @Test
    void anAddressElsewhereIsRefused() {
        for (String forged : new String[] {"https://evil.example/login", "//evil.example", "/\\evil.example",
                "\\\\evil.example", "javascript:alert(1)", "evil.example", "/ok\r\nSet-Cookie:x",
                "http:/evil.example", " /repairs", ""}) {
            assertThat(LoginTarget.local(forged)).as(forged).isEmpty();
        }
        assertThat(LoginTarget.local(null)).isEmpty();
    }

    @Test
    void theSignInPagesThemselvesAreNoTarget() {
        assertThat(LoginTarget.local("/login")).isEmpty();
        assertThat(LoginTarget.local("/logout")).isEmpty();
        assertThat(LoginTarget.local("/setup")).isEmpty();
    }

    @Test
    void anEndedSessionSignsInAgainBackToThePageButNotToAPostOrTheApi() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/repairs/17");
        page.setQueryString("tab=history");
        assertThat(LoginTarget.expired(page)).isEqualTo("/login?expired&next=%2Frepairs%2F17%3Ftab%3Dhistory");

        assertThat(LoginTarget.expired(new MockHttpServletRequest("POST", "/repairs/17/start")))
                .isEqualTo("/login?expired");
        assertThat(LoginTarget.expired(new MockHttpServletRequest("GET", "/api/v1/repairs"))).isEqualTo("/login?expired");
    }
}
