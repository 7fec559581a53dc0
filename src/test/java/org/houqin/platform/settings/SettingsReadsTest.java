package org.houqin.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.security.SystemWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A request reads a school's settings once however often it asks; nothing is kept beyond the request. */
class SettingsReadsTest {

    static final Setting<Integer> URGENT = Setting.integer("repairs.hours.urgent", 2, 1, 720).label("l")
            .source("settings.source.school");
    static final Setting<Boolean> GUESTS = Setting.flag("repairs.guest.enabled", false).label("l")
            .source("settings.source.school");

    /** The store as far as reading goes: the school's rows, and how often they were read. */
    static final class CountingStore extends SettingsStore {

        final Map<String, String> rows = new HashMap<>();
        int reads;

        CountingStore() {
            super(null);
        }

        @Override
        Map<String, String> values(long schoolId) {
            reads++;
            return Map.copyOf(rows);
        }
    }

    private final CountingStore store = new CountingStore();
    private final Settings settings = new Settings(store, new SettingsRegistry(List.of(
            SettingGroup.of("repairs", "g", "repairs:settings:write", 1, URGENT, GUESTS))));

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aRequestReadsASchoolOnceAndAfterASaveAgain() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        store.rows.put("repairs.hours.urgent", "4");
        assertThat(settings.get(7, URGENT)).isEqualTo(4);
        assertThat(settings.get(7, GUESTS)).as("the default").isFalse();
        assertThat(settings.of(7).get(URGENT)).isEqualTo(4);
        assertThat(store.reads).isEqualTo(1);

        settings.get(8, URGENT);
        assertThat(store.reads).as("another school").isEqualTo(2);

        store.rows.put("repairs.hours.urgent", "5");
        settings.forget(7);
        assertThat(settings.get(7, URGENT)).isEqualTo(5);
        assertThat(store.reads).isEqualTo(3);
    }

    @Test
    void systemWorkInARequestReadsApartFromTheUser() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        settings.get(7, URGENT);
        SystemWork.call(() -> settings.get(7, URGENT));
        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void withoutARequestEveryReadGoesToTheDatabase() {
        settings.get(7, URGENT);
        settings.get(7, URGENT);
        assertThat(store.reads).as("a job on one node sees a save made on another at once").isEqualTo(2);
    }

    @Test
    void aStoredValueTheDeclarationNoLongerAllowsGivesTheDefault() {
        store.rows.put("repairs.hours.urgent", "9999");
        assertThat(settings.get(7, URGENT)).isEqualTo(2);
    }
}
