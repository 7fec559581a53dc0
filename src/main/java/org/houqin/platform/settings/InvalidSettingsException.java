package org.houqin.platform.settings;

import java.util.List;

/** Values that break their declared type or range; nothing of the group was written. */
public class InvalidSettingsException extends RuntimeException {

    private final transient List<SettingProblem> problems;

    InvalidSettingsException(List<SettingProblem> problems) {
        super(problems.size() + " setting(s) refused: " + problems.stream().map(SettingProblem::key).toList());
        this.problems = List.copyOf(problems);
    }

    public List<SettingProblem> problems() {
        return problems;
    }
}
