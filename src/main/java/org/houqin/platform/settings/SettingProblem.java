package org.houqin.platform.settings;

import java.util.List;

/** A value refused at its field: the setting's key, the rule's message key and its arguments (never the value). */
public record SettingProblem(String key, String messageKey, List<Object> args) {

    public SettingProblem {
        args = List.copyOf(args);
    }
}
