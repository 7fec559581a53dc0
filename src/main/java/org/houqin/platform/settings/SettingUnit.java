package org.houqin.platform.settings;

/** The unit a setting's number is in, shown next to its field and in its history. */
public enum SettingUnit {

    HOURS("settings.unit.hours", true),
    DAYS("settings.unit.days", true),
    PERCENT("settings.unit.percent", false),
    GRAMS("settings.unit.grams", true),
    YUAN("settings.unit.yuan", true),
    PER_MINUTE("settings.unit.perMinute", true),
    PER_HOUR("settings.unit.perHour", true),
    PER_SEMESTER("settings.unit.perSemester", true);

    private final String messageKey;
    private final boolean spaced;

    SettingUnit(String messageKey, boolean spaced) {
        this.messageKey = messageKey;
        this.spaced = spaced;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whether a space stands between number and unit: 2 小时, but 85%. */
    public boolean spaced() {
        return spaced;
    }
}
