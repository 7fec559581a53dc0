package org.houqin.platform.settings;

import java.util.List;

import org.houqin.platform.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A setting's words in the reader's language: label, help, source, unit, a value as shown, its allowed range. */
@Component
class SettingTexts {

    /** One allowed value of a choice, how it reads and what it means (or null). */
    record Option(String value, String label, String help) {
    }

    private final Texts texts;
    private final MessageSource messages;

    SettingTexts(Texts texts, MessageSource messages) {
        this.texts = texts;
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    String label(Setting<?> setting) {
        return texts.get(setting.labelKey());
    }

    String help(Setting<?> setting) {
        return setting.helpKey() == null ? null : texts.get(setting.helpKey());
    }

    String source(Setting<?> setting) {
        return texts.get(setting.sourceKey());
    }

    String unit(Setting<?> setting) {
        return setting.unit() == null ? "" : texts.get(setting.unit().messageKey());
    }

    /** A value in canonical text as a person reads it: 2 小时, 开, 当月增加当月计提. */
    String value(Setting<?> setting, String text) {
        return switch (setting.type().kind()) {
            case "boolean" -> texts.get("true".equals(text) ? "settings.flag.on" : "settings.flag.off");
            case "choice" -> texts.get(setting.labelKey() + "." + text);
            case "integer", "decimal" -> withUnit(setting, text);
            default -> text;
        };
    }

    private String withUnit(Setting<?> setting, String number) {
        if (setting.unit() == null) {
            return number;
        }
        return setting.unit().spaced() ? number + " " + unit(setting) : number + unit(setting);
    }

    /** What may be entered: "1 至 720 小时", "0.01 至 100%，最多 2 位小数", "最多 500 个字"; empty for a switch or choice. */
    String range(Setting<?> setting) {
        SettingType<?> type = setting.type();
        if (type.min() != null) {
            String range = texts.get("settings.range.between", type.min(), withUnit(setting, type.max()));
            return type.fractionDigits() == null || type.fractionDigits() == 0 ? range
                    : range + texts.get("settings.range.decimals", String.valueOf(type.fractionDigits()));
        }
        return type.longest() == null ? "" : texts.get("settings.range.longest", String.valueOf(type.longest()));
    }

    List<Option> options(Setting<?> setting) {
        return setting.type().choices().stream()
                .map(choice -> new Option(choice, texts.get(setting.labelKey() + "." + choice),
                        messages.getMessage(setting.labelKey() + "." + choice + ".help", null, null,
                                LocaleContextHolder.getLocale()))).toList();
    }

    String problem(SettingProblem problem) {
        return texts.get(problem.messageKey(), problem.args().toArray());
    }
}
