package org.houqin.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class ScraperAccessTest {

    private final ScraperAccess filter = new ScraperAccess(new OpsProperties(List.of("10.8.0.0/16")));

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMonitoringServerInTheRangeReadsTheActuatorAsAScraper() throws Exception {
        Authentication seen = seenBy("10.8.3.4", "/actuator/prometheus");

        assertThat(seen).isNotNull();
        assertThat(seen.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly(ScraperAccess.AUTHORITY);
    }

    @Test
    void anAddressOutsideTheRangeStaysAnonymous() throws Exception {
        assertThat(seenBy("10.9.3.4", "/actuator/prometheus")).isNull();
    }

    @Test
    void theRangeOpensTheActuatorOnlyNotThePages() throws Exception {
        assertThat(seenBy("10.8.3.4", "/assets")).isNull();
    }

    @Test
    void withoutRangesNobodyIsLetIn() throws Exception {
        ScraperAccess closed = new ScraperAccess(new OpsProperties(List.of()));
        MockHttpServletRequest request = request("127.0.0.1", "/actuator/prometheus");
        AtomicReference<Authentication> seen = new AtomicReference<>();

        closed.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));

        assertThat(seen.get()).isNull();
    }

    private Authentication seenBy(String address, String path) throws Exception {
        AtomicReference<Authentication> seen = new AtomicReference<>();
        filter.doFilter(request(address, path), new MockHttpServletResponse(),
                (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
        return seen.get();
    }

    private static MockHttpServletRequest request(String address, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        return request;
    }
}
