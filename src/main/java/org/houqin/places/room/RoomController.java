package org.houqin.places.room;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.RoomType;
import org.houqin.places.building.Buildings;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
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

    private final Rooms rooms;
    private final RoomService service;
    private final Buildings buildings;
    private final OrganizationApi organization;
    private final RoomLabels labels;
    private final org.houqin.platform.web.Texts texts;
    private final List<org.houqin.places.RoomPanel> panels;
    private final org.houqin.places.PlacesApi places;

    RoomController(Rooms rooms, RoomService service, Buildings buildings, OrganizationApi organization,
                   RoomLabels labels, org.houqin.platform.web.Texts texts, List<org.houqin.places.RoomPanel> panels,
                   org.houqin.places.PlacesApi places) {
        this.rooms = rooms;
        this.service = service;
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
                @RequestParam(required = false) RoomType type, Model model, HttpServletRequest request) {
        CurrentUser me = CurrentUser.get();
        long school = me.requireSchool();
        Rooms.Filter filter = new Rooms.Filter(building, type);
        var page = rooms.page(school, me.dataScope(), me.staffId(), query, filter);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("sortKey", Rooms.SORTS.key(query));
        model.addAttribute("buildings", buildings.all(school));
        model.addAttribute("types", RoomType.values());
        model.addAttribute("staffNames", organization.staffNames(page.items().stream()
                .map(Rooms.Row::responsibleStaffId).filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("departmentNames", organization.departmentNames(school));
        return Htmx.view(request, "places/rooms");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('places:room:read')")
    void export(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) Long building,
                @RequestParam(required = false) RoomType type, HttpServletResponse response) throws IOException {
        CurrentUser me = CurrentUser.get();
        long school = me.requireSchool();
        List<Rooms.Row> rows = rooms.all(school, me.dataScope(), me.staffId(), query, new Rooms.Filter(building, type));
        Map<Long, String> staff = organization.staffNames(rows.stream().map(Rooms.Row::responsibleStaffId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, String> departments = organization.departmentNames(school);
        Map<Long, String> classes = organization.classNames(school);
        Downloads.excel(response, text("room.title") + ".xlsx");
        ExcelExport.write(response.getOutputStream(), text("room.title"), List.of(
                new ExcelColumn<Rooms.Row>(text("room.code"), Rooms.Row::code),
                new ExcelColumn<>(text("room.name"), Rooms.Row::name),
                new ExcelColumn<>(text("room.building"), Rooms.Row::buildingName),
                new ExcelColumn<>(text("room.floor"), Rooms.Row::floor),
                new ExcelColumn<>(text("room.type"), row -> text(row.roomType().messageKey())),
                new ExcelColumn<>(text("room.area"), Rooms.Row::area),
                new ExcelColumn<>(text("room.responsible"), row -> staff.get(row.responsibleStaffId())),
                new ExcelColumn<>(text("room.department"), row -> departments.get(row.departmentId())),
                new ExcelColumn<>(text("room.class"), row -> classes.get(row.classId())),
                new ExcelColumn<>(text("room.note"), Rooms.Row::note)), rows);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('places:room:read')")
    String detail(@PathVariable long id, Model model) {
        Rooms.Row room = find(id);
        long school = CurrentUser.get().requireSchool();
        model.addAttribute("room", room);
        model.addAttribute("responsible", room.responsibleStaffId() == null ? null
                : organization.staffNames(List.of(room.responsibleStaffId())).get(room.responsibleStaffId()));
        model.addAttribute("department", organization.departmentNames(school).get(room.departmentId()));
        model.addAttribute("schoolClass", organization.classNames(school).get(room.classId()));
        model.addAttribute("qrUrl", labels.qrUrl(room));
        CurrentUser me = CurrentUser.get();
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
    ResponseEntity<byte[]> qr(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(labels.qrPng(find(id)));
    }

    @GetMapping("/labels.pdf")
    @PreAuthorize("hasAuthority('places:room:read')")
    void labels(@RequestParam(name = "id", required = false) List<Long> ids, HttpServletResponse response)
            throws IOException {
        CurrentUser me = CurrentUser.get();
        if (ids == null || ids.isEmpty() || ids.size() > 500) {
            throw RuleViolation.of("room.labels.choose");
        }
        List<Rooms.Row> chosen = rooms.byIds(me.requireSchool(), me.dataScope(), me.staffId(), ids);
        if (chosen.isEmpty()) {
            throw new NotFoundException("rooms", ids);
        }
        Downloads.pdf(response, text("room.labels.file") + ".pdf");
        response.getOutputStream().write(labels.pdf(chosen));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('places:room:write')")
    String createForm(@RequestParam(required = false) Long building, Model model) {
        RoomForm form = new RoomForm();
        form.setBuildingId(building);
        form.setFloor(1);
        form.setRoomType(RoomType.CLASSROOM);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('places:room:write')")
    String create(@Valid @ModelAttribute("form") RoomForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.get();
        return Forms.submit(errors, redirect, () -> service.create(me.requireSchool(), me.dataScope(), me.staffId(), form),
                id -> "/places/rooms/" + id, () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('places:room:write')")
    String editForm(@PathVariable long id, Model model) {
        Rooms.Row room = find(id);
        return form(model, RoomForm.of(room), room);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('places:room:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RoomForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Rooms.Row room = find(id);
        CurrentUser me = CurrentUser.get();
        return Forms.submit(errors, redirect, () -> service.update(me.requireSchool(), me.dataScope(), me.staffId(), id, form),
                "/places/rooms/" + id, () -> form(model, form, room));
    }

    private Rooms.Row find(long id) {
        CurrentUser me = CurrentUser.get();
        return rooms.find(me.requireSchool(), me.dataScope(), me.staffId(), id)
                .orElseThrow(() -> new NotFoundException("room", id));
    }

    private String form(Model model, RoomForm form, Rooms.Row room) {
        long school = CurrentUser.get().requireSchool();
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
