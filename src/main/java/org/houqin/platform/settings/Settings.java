package org.houqin.platform.settings;

import org.houqin.platform.security.SystemWork;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reads a school's settings: {@code settings.get(schoolId, RepairSettingKeys.URGENT_HOURS)} gives an Integer, the
 * school's value or the declared default.
 *
 * <p>A request reads a school's values with one query however often it asks (a register page asks for the
 * depreciation rule many times); the values are kept in the request only, so several app nodes on one database never
 * disagree and a save is seen by the next request. Outside a request (a job) every call reads afresh.
 */
@Component
public class Settings {

    private static final String CACHE = Settings.class.getName() + ".school.";

    private final SettingsStore store;
    private final SettingsRegistry registry;

    Settings(SettingsStore store, SettingsRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    public <T> T get(long schoolId, Setting<T> setting) {
        return of(schoolId).get(setting);
    }

    /** All of a school's settings at once, for a module that reads several (its own record of them). */
    public SettingValues of(long schoolId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new SettingValues(schoolId, store.values(schoolId), registry);
        }
        String name = cacheName(schoolId);
        if (request.getAttribute(name, RequestAttributes.SCOPE_REQUEST) instanceof SettingValues values) {
            return values;
        }
        SettingValues values = new SettingValues(schoolId, store.values(schoolId), registry);
        request.setAttribute(name, values, RequestAttributes.SCOPE_REQUEST);
        return values;
    }

    /** Forgets what this request read of the school, after a save. */
    void forget(long schoolId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(CACHE + schoolId, RequestAttributes.SCOPE_REQUEST);
            request.removeAttribute(CACHE + schoolId + ".system", RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The values read with system rights (a visitor's label page) are kept apart from what the user may see. */
    private static String cacheName(long schoolId) {
        return CACHE + schoolId + (SystemWork.isActive() ? ".system" : "");
    }
}
