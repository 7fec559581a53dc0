package org.houqin.platform.settings;

import java.util.LinkedHashMap;
import java.util.Map;

import org.houqin.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 系统设置: one page with a form per group the user may change; each group saved on its own, versioned. */
@Controller
@RequestMapping("/settings")
class SettingsController {

    private final SettingsAccess access;
    private final SettingChanges changes;
    private final SettingsPage page;

    SettingsController(SettingsAccess access, SettingChanges changes, SettingsPage page) {
        this.access = access;
        this.changes = changes;
        this.page = page;
    }

    @GetMapping
    @PreAuthorize("@settingsAccess.mayChangeAny()")
    String show(Model model) {
        model.addAttribute("groups", page.groups(CurrentUser.get(), null));
        return "settings/page";
    }

    @PostMapping("/{groupId}")
    @PreAuthorize("@settingsAccess.mayChangeAny()")
    String save(@PathVariable String groupId, @RequestParam MultiValueMap<String, String> form, Model model,
                RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.get();
        SettingGroup group = access.requireChangeable(me, groupId);
        Map<String, String> values = values(group, form);
        int version = version(form.getFirst("version"));
        try {
            changes.save(me.requireSchool(), group.id(), values, version);
        } catch (InvalidSettingsException refused) {
            model.addAttribute("groups", page.groups(me,
                    new SettingsPage.Attempt(group.id(), values, version, refused.problems())));
            return "settings/page";
        }
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/settings#" + group.id();
    }

    /** Every setting of the group as sent; an unticked switch sends nothing, which means off. */
    private static Map<String, String> values(SettingGroup group, MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Setting<?> setting : group.settings()) {
            String sent = form.getFirst(setting.key());
            values.put(setting.key(), sent != null ? sent : "boolean".equals(setting.type().kind()) ? "false" : "");
        }
        return values;
    }

    /** A version that is not a number can match no saved version: the save is refused as stale. */
    private static int version(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
