package org.houqin.places.room;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.RoomType;
import org.houqin.places.building.BuildingService;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 房间: the room list, forms, the room page its QR code opens, labels and the Excel export (import: RoomImport). */
@Controller
@RequestMapping("/places/rooms")
class RoomController {

    private final RoomService rooms;
    private final BuildingService buildings;
    private final OrganizationApi organization;
    private final RoomLabels labels;
    private final org.houqin.platform.web.Texts texts;
    private final List<org.houqin.places.RoomPanel> panels;
    private final org.houqin.places.PlacesApi places;

    RoomController(RoomService rooms, BuildingService buildings, OrganizationApi organization,
                   RoomLabels labels, org.houqin.platform.web.Texts texts, List<org.houqin.places.RoomPanel> panels,
                   org.houqin.places.PlacesApi places) {
        this.rooms = rooms;
        this.buildings = buildings;
        this.organization = organization;
        this.labels = labels;
        this.texts = texts;
        this.panels = panels.stream().sorted(java.util.Comparator.comparingInt(org.houqin.places.RoomPanel::order)).toList();
        this.places = places;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('places:room:read')")
    String list(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) Long building,
                @RequestParam(required = false) RoomType type, CurrentUser me, Model model,
                HttpServletRequest request) {
        long school = me.requireSchool();
        RoomService.Filter filter = new RoomService.Filter(building, type);
        var page = rooms.page(school, me.dataScope(), me.staffId(), query, filter);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("sortKey", RoomService.SORTS.key(query));
        model.addAttribute("buildings", buildings.all(school));
        model.addAttribute("types", RoomType.values());
        model.addAttribute("staffNames", organization.staffNames(page.items().stream()
                .map(RoomService.Row::responsibleStaffId).filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("departmentNames", organization.departmentNames(school));
        return Htmx.view(request, "places/rooms");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('places:room:read')")
    void export(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) Long building,
                @RequestParam(required = false) RoomType type, CurrentUser me, HttpServletResponse response)
            throws IOException {
        long school = me.requireSchool();
        List<RoomService.Row> rows = rooms.all(school, me.dataScope(), me.staffId(), query, new RoomService.Filter(building, type));
        Map<Long, String> staff = organization.staffNames(rows.stream().map(RoomService.Row::responsibleStaffId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, String> departments = organization.departmentNames(school);
        Map<Long, String> classes = organization.classNames(school);
        Downloads.excel(response, text("room.title") + ".xlsx");
        ExcelExport.write(response.getOutputStream(), text("room.title"), List.of(
                new ExcelColumn<RoomService.Row>(text("room.code"), RoomService.Row::code),
                new ExcelColumn<>(text("room.name"), RoomService.Row::name),
                new ExcelColumn<>(text("room.building"), RoomService.Row::buildingName),
                new ExcelColumn<>(text("room.floor"), RoomService.Row::floor),
                new ExcelColumn<>(text("room.type"), row -> text(row.roomType().messageKey())),
                new ExcelColumn<>(text("room.area"), RoomService.Row::area),
                new ExcelColumn<>(text("room.responsible"), row -> staff.get(row.responsibleStaffId())),
                new ExcelColumn<>(text("room.department"), row -> departments.get(row.departmentId())),
                new ExcelColumn<>(text("room.class"), row -> classes.get(row.classId())),
                new ExcelColumn<>(text("room.note"), RoomService.Row::note)), rows);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('places:room:read')")
    String detail(@PathVariable long id, CurrentUser me, Model model, HttpSession session) {
        RoomService.Row room = rooms.find(me.requireSchool(), me.dataScope(), me.staffId(), id)
                .or(() -> ScannedRooms.contains(session, id)
                        ? rooms.find(me.requireSchool(), DataScope.everything(), me.staffId(), id)
                        : java.util.Optional.empty())
                .orElseThrow(() -> new NotFoundException("room", id));
        long school = me.requireSchool();
        model.addAttribute("room", room);
        model.addAttribute("responsible", room.responsibleStaffId() == null ? null
                : organization.staffNames(List.of(room.responsibleStaffId())).get(room.responsibleStaffId()));
        model.addAttribute("department", organization.departmentNames(school).get(room.departmentId()));
        model.addAttribute("schoolClass", organization.classNames(school).get(room.classId()));
        model.addAttribute("qrUrl", labels.qrUrl(room));
        var ref = places.room(school, id).orElseThrow();
        model.addAttribute("panels", panels.stream().filter(panel -> panel.visibleTo(me))
                .map(panel -> new ShownPanel(panel.template(), panel.model(me, ref))).toList());
        return "places/room";
    }

    /** A panel ready to render: its template and model. */
    record ShownPanel(String template, java.util.Map<String, Object> model) {
    }

    @GetMapping(value = "/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @PreAuthorize("hasAuthority('places:room:read')")
    ResponseEntity<byte[]> qr(@PathVariable long id, CurrentUser me) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(labels.qrPng(find(me, id)));
    }

    @GetMapping("/labels.pdf")
    @PreAuthorize("hasAuthority('places:room:read')")
    void labels(@RequestParam(name = "id", required = false) List<Long> ids, CurrentUser me,
                HttpServletResponse response) throws IOException {
        if (ids == null || ids.isEmpty() || ids.size() > 500) {
            throw RuleViolation.of("room.labels.choose");
        }
        List<RoomService.Row> chosen = rooms.byIds(me.requireSchool(), me.dataScope(), me.staffId(), ids);
        if (chosen.isEmpty()) {
            throw new NotFoundException("rooms", ids);
        }
        Downloads.pdf(response, text("room.labels.file") + ".pdf");
        response.getOutputStream().write(labels.pdf(me.requireSchool(), chosen));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('places:room:write')")
    String createForm(@RequestParam(required = false) Long building, CurrentUser me, Model model) {
        RoomForm form = new RoomForm();
        form.setBuildingId(building);
        form.setFloor(1);
        form.setRoomType(RoomType.CLASSROOM);
        return form(me.requireSchool(), model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('places:room:write')")
    String create(@Valid @ModelAttribute("form") RoomForm form, BindingResult errors, CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> rooms.create(school, me.dataScope(), me.staffId(), form),
                id -> "/places/rooms/" + id, () -> form(school, model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('places:room:write')")
    String editForm(@PathVariable long id, CurrentUser me, Model model) {
        RoomService.Row room = find(me, id);
        return form(me.requireSchool(), model, RoomForm.of(room), room);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('places:room:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RoomForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        RoomService.Row room = find(me, id);
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> rooms.update(school, me.dataScope(), me.staffId(), id, form),
                "/places/rooms/" + id, () -> form(school, model, form, room));
    }

    private RoomService.Row find(CurrentUser me, long id) {
        return rooms.find(me.requireSchool(), me.dataScope(), me.staffId(), id)
                .orElseThrow(() -> new NotFoundException("room", id));
    }

    private String form(long school, Model model, RoomForm form, RoomService.Row room) {
        model.addAttribute("form", form);
        model.addAttribute("room", room);
        model.addAttribute("buildings", buildings.all(school));
        model.addAttribute("types", RoomType.values());
        model.addAttribute("staff", organization.activeStaff(school));
        model.addAttribute("departments", organization.departmentNames(school));
        model.addAttribute("classes", organization.classNames(school));
        return "places/room-form";
    }

    private String text(String key) {
        return texts.get(key);
    }
}
