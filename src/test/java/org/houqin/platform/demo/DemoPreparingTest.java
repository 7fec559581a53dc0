package org.houqin.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.houqin.platform.HouqinProperties;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start the web server listens before the demo school is in: until it is, a visitor gets "please wait"
 * (503, Retry-After), never the login of a school without users nor its setup page.
 */
class DemoPreparingTest extends IntegrationTest {

    @Autowired
    HouqinProperties properties;
    @Autowired
    TransactionTemplate transaction;

    private static MockHttpServletResponse get(DemoPreparing gate, String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", path), response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(299);
        }
        return response;
    }

    @Test
    void visitorsWaitUntilTheDemoSchoolIsPrepared() throws Exception {
        DemoDataLoader loader = new DemoDataLoader(properties, List.of(), jdbc, transaction);
        DemoPreparing gate = new DemoPreparing(loader);

        MockHttpServletResponse setup = get(gate, "/setup");
        assertThat(setup.getStatus()).isEqualTo(503);
        assertThat(setup.getHeader("Retry-After")).isEqualTo("3");
        assertThat(setup.getContentAsString()).contains("示范学校正在准备");
        assertThat(get(gate, "/login").getStatus()).isEqualTo(503);
        assertThat(get(gate, "/css/houqin.css").getStatus()).as("styles pass").isEqualTo(299);

        loader.run(new DefaultApplicationArguments());
        assertThat(loader.preparing()).isFalse();
        assertThat(get(gate, "/login").getStatus()).as("passed on to the application").isEqualTo(299);
    }
}
