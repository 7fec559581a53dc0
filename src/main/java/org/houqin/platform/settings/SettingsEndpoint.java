package org.houqin.platform.settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The school's settings over JSON: the groups the caller may change, and saving one with its version. */
@RestController
@RequestMapping("/api/v1/settings")
@Tag(name = "Settings", description = "系统设置")
class SettingsEndpoint {

    record Update(Integer version, Map<String, Object> values) {
    }

    record FieldError(String field, String code, String message) {
    }

    private final SettingsAccess access;
    private final SettingChanges changes;
    private final SettingsJson json;
    private final SettingTexts texts;

    SettingsEndpoint(SettingsAccess access, SettingChanges changes, SettingsJson json, SettingTexts texts) {
        this.access = access;
        this.changes = changes;
        this.json = json;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("@settingsAccess.mayChangeAny()")
    @Operation(summary = "The school's settings", description = "Each group the caller may change, with its version "
            + "and each setting's key, type (integer, decimal, boolean, choice, text), value, default, unit, range or "
            + "choices, label and the regulation or source its default comes from.")
    List<SettingsJson.GroupJson> list() {
        CurrentUser me = CurrentUser.get();
        return json.groups(me.requireSchool(), access.changeable(me));
    }

    @PutMapping("/{groupId}")
    @PreAuthorize("@settingsAccess.mayChangeAny()")
    @Operation(summary = "Change a group of settings", description = "Body: {\"version\": 3, \"values\": "
            + "{\"repairs.hours.urgent\": 4}}; a key left out keeps its value. A stale version gets 409; a value "
            + "breaking its type or range gets 400 with each refused field and its rule, and nothing is saved.")
    SettingsJson.GroupJson update(@PathVariable String groupId, @RequestBody Update update) {
        CurrentUser me = CurrentUser.get();
        SettingGroup group = access.requireChangeable(me, groupId);
        Map<String, String> values = texts(group, update);
        changes.save(me.requireSchool(), group.id(), values, update.version());
        return json.groups(me.requireSchool(), List.of(group)).get(0);
    }

    @ExceptionHandler(InvalidSettingsException.class)
    ResponseEntity<ProblemDetail> refused(InvalidSettingsException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, texts.get("settings.invalid"));
        problem.setProperty("code", "settings.invalid");
        problem.setProperty("errors", refused.problems().stream().map(p -> new FieldError(fieldName(p.key()),
                p.messageKey(), texts.problem(p))).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * JSON numbers, booleans and strings as the text a form would send; anything else is refused by its field, together
     * with every other refused value.
     */
    private static Map<String, String> texts(SettingGroup group, Update update) {
        List<SettingProblem> problems = new ArrayList<>();
        if (update.version() == null) {
            problems.add(new SettingProblem("version", "settings.invalid.required", List.of()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        (update.values() == null ? Map.<String, Object>of() : update.values()).forEach((key, value) -> {
            String text = text(value);
            if (text == null) {
                problems.add(new SettingProblem(key, "settings.invalid.type", List.of()));
            } else {
                values.put(key, text);
            }
        });
        problems.addAll(SettingChanges.problems(group, values));
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return values;
    }

    /** The text of a JSON scalar (a decimal without going through binary floating point), or null for a list or object. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString();
        }
        return value instanceof Number ? value.toString() : null;
    }

    /** A field name as the client sent it, cut short: it names the field without repeating a long input. */
    private static String fieldName(String key) {
        return key.length() <= 100 ? key : key.substring(0, 100);
    }
}
