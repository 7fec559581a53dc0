package org.houqin.platform.settings;

import java.util.Map;

/**
 * A school's settings of one group changed: each changed key with its canonical value before and after. Published in
 * the saving transaction, so the audit module's record of it commits with the change or not at all.
 */
public record SettingsChanged(long schoolId, String groupId, Map<String, String> before, Map<String, String> after) {

    public SettingsChanged {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }
}
