package org.houqin.places.room;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.places.RoomType;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rooms over JSON, with the same permissions and scope as the pages. */
@RestController
@RequestMapping("/api/v1/rooms")
@Tag(name = "Rooms", description = "房间")
class RoomEndpoint {

    record RoomJson(long id, String code, String name, long buildingId, String buildingName, int floor,
                    RoomType type, String typeLabel, BigDecimal area, Long responsibleStaffId, Long departmentId, Long classId,
                    String note, int version) {

        static RoomJson of(RoomService.Row row, Texts texts) {
            return new RoomJson(row.id(), row.code(), row.name(), row.buildingId(), row.buildingName(), row.floor(),
                    row.roomType(), texts.label(row.roomType()), row.area(), row.responsibleStaffId(), row.departmentId(), row.classId(),
                    row.note(), row.version());
        }
    }

    private final RoomService rooms;
    private final Texts texts;

    RoomEndpoint(RoomService rooms, Texts texts) {
        this.rooms = rooms;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('places:room:read')")
    @Operation(summary = "List rooms", description = "Search by code, name or building; 20 per page.")
    ApiPage<RoomJson> list(@ModelAttribute ListQuery query, @RequestParam(required = false) Long building,
                              @RequestParam(required = false) RoomType type, CurrentUser me) {
        PageResult<RoomService.Row> page = rooms.page(me.requireSchool(), me.dataScope(), me.staffId(), query,
                new RoomService.Filter(building, type));
        return ApiPage.of(page, row -> RoomJson.of(row, texts));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('places:room:read')")
    @Operation(summary = "One room")
    RoomJson get(@PathVariable long id, CurrentUser me) {
        return RoomJson.of(find(me, id), texts);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('places:room:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a room")
    RoomJson create(@Valid @RequestBody RoomForm form, CurrentUser me) {
        long id = rooms.create(me.requireSchool(), me.dataScope(), me.staffId(), form);
        return RoomJson.of(find(me, id), texts);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('places:room:write')")
    @Operation(summary = "Change a room", description = "Send the version you read; a stale version gets 409.")
    RoomJson update(@PathVariable long id, @Valid @RequestBody RoomForm form, CurrentUser me) {
        rooms.update(me.requireSchool(), me.dataScope(), me.staffId(), id, form);
        return RoomJson.of(find(me, id), texts);
    }

    private RoomService.Row find(CurrentUser me, long id) {
        return rooms.find(me.requireSchool(), me.dataScope(), me.staffId(), id)
                .orElseThrow(() -> new NotFoundException("room", id));
    }
}
