package org.houqin.platform.settings;

/** The unit a setting's number is in, shown next to its field and in its history. */
public enum SettingUnit {

    HOURS("settings.unit.hours"),
    DAYS("settings.unit.days"),
    PERCENT("settings.unit.percent"),
    GRAMS("settings.unit.grams"),
    YUAN("settings.unit.yuan"),
    PER_HOUR("settings.unit.perHour"),
    PER_SEMESTER("settings.unit.perSemester");

    private final String messageKey;

    SettingUnit(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
