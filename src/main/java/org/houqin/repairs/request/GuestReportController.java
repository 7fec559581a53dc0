package org.houqin.repairs.request;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.houqin.places.PlacesApi;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.repairs.category.CategoryService;
import org.houqin.repairs.settings.RepairSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 免登录报修: a visitor or student scans a room's label and reports without an account, giving a name and a phone.
 * Only where the school switched it on, and a few reports per hour per address. The visitor sees the number, never
 * the request's page.
 */
@Controller
class GuestReportController {

    private final PlacesApi places;
    private final RepairSettings settings;
    private final CategoryService categories;
    private final RepairReporting reporting;

    GuestReportController(PlacesApi places, RepairSettings settings, CategoryService categories, RepairReporting reporting) {
        this.places = places;
        this.settings = settings;
        this.categories = categories;
        this.reporting = reporting;
    }

    @GetMapping("/r/{token}")
    @PreAuthorize("permitAll()")
    String form(@PathVariable String token, Model model) {
        PlacesApi.LabelledRoom room = open(token);
        ReportForm form = new ReportForm();
        form.setRoomId(room.room().id());
        return page(model, token, room, form);
    }

    @PostMapping("/r/{token}")
    @PreAuthorize("permitAll()")
    String report(@PathVariable String token, @Valid @ModelAttribute("form") ReportForm form, BindingResult errors,
                  Model model, HttpServletRequest request) {
        PlacesApi.LabelledRoom room = open(token);
        form.setRoomId(room.room().id());
        if (form.getGuestName() == null) {
            errors.rejectValue("guestName", "repair.guest.name");
        }
        if (form.getGuestPhone() == null || form.getGuestPhone().isEmpty()) {
            errors.rejectValue("guestPhone", "repair.guest.phone");
        }
        RepairReporting.Reporter guest = new RepairReporting.Reporter(null, form.getGuestName(), form.getGuestPhone(),
                null, request.getRemoteAddr());
        Long id = errors.hasErrors() ? null : Forms.attempt(errors, () -> SystemWork.call(() ->
                reporting.report(room.schoolId(), guest, form, form.getPhotos())));
        if (id == null) {
            return page(model, token, room, form);
        }
        model.addAttribute("number", SystemWork.call(() -> reporting.number(room.schoolId(), id)));
        model.addAttribute("room", room.room());
        return "repairs/guest-done";
    }

    private PlacesApi.LabelledRoom open(String token) {
        PlacesApi.LabelledRoom room = SystemWork.call(() -> places.roomByQrToken(token))
                .orElseThrow(() -> new NotFoundException("room label", token));
        if (!SystemWork.call(() -> settings.of(room.schoolId())).guestReporting()) {
            throw RuleViolation.of("repair.guest.off");
        }
        return room;
    }

    private String page(Model model, String token, PlacesApi.LabelledRoom room, ReportForm form) {
        model.addAttribute("form", form);
        model.addAttribute("token", token);
        model.addAttribute("room", room.room());
        model.addAttribute("categories", SystemWork.call(() -> categories.active(room.schoolId())));
        model.addAttribute("maxPhotos", RepairReporting.MAX_PHOTOS);
        return "repairs/guest";
    }
}
