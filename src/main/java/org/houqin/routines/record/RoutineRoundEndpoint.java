package org.houqin.routines.record;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.places.PlacesApi;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.routines.checklist.ChecklistItem;
import org.houqin.routines.records.MyRoles;
import org.houqin.routines.records.TemplateVersionQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 我的检查 over JSON: the caller's open rounds, and one round with the checklist version to fill. */
@RestController
@RequestMapping("/api/v1/routines/rounds")
@Tag(name = "Routine rounds", description = "我的检查")
class RoutineRoundEndpoint {

    /** Where a round stands for the caller: overdue, due today, or later this week. */
    enum Group { OVERDUE, TODAY, THIS_WEEK }

    @Schema(name = "RoutineRound")
    record RoundJson(long id, long scheduleId, String scheduleName, long templateId, String templateName, Long roomId,
                     String roomName, Instant opensAt, Instant dueAt, Instant overdueAt, Group group, boolean open) {
    }

    @Schema(name = "RoutineChecklistItem")
    record ItemJson(String code, String text, String kind, boolean required, String hint, String hazardIfFailed,
                    BigDecimal min, BigDecimal max, String unit, List<String> options, List<String> failing) {

        static ItemJson of(ChecklistItem i) {
            return new ItemJson(i.code(), i.text(), i.kind().name(), i.required(), i.hint(),
                    i.hazardIfFailed() == null ? null : i.hazardIfFailed().name(),
                    i.limits() == null ? null : i.limits().min(), i.limits() == null ? null : i.limits().max(),
                    i.limits() == null ? null : i.limits().unit(), i.choices() == null ? null : i.choices().options(),
                    i.choices() == null ? null : i.choices().failing());
        }
    }

    /** A round with the checklist to fill: {@code templateVersion} goes back with the record. */
    @Schema(name = "RoutineRoundForm")
    record RoundFormJson(RoundJson round, int templateVersion, List<ItemJson> items) {
    }

    private final MyRounds mine;
    private final RoundQueries rounds;
    private final MyRoles roles;
    private final TemplateVersionQueries versions;

    RoutineRoundEndpoint(MyRounds mine, RoundQueries rounds, MyRoles roles, TemplateVersionQueries versions) {
        this.mine = mine;
        this.rounds = rounds;
        this.roles = roles;
        this.versions = versions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('routines:record:fill')")
    @Operation(summary = "My open rounds", description = "The rounds due to the caller (by name or by role) this week "
            + "and those overdue in the last month, overdue first, then by due time; q searches the checklist, the "
            + "schedule and the room. open says whether the round may be filled now. No other sort.")
    ApiPage<RoundJson> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query) {
        MyRounds.Groups groups = mine.of(me);
        List<RoundJson> all = new ArrayList<>();
        groups.overdue().forEach(r -> all.add(json(r, Group.OVERDUE, groups)));
        groups.today().forEach(r -> all.add(json(r, Group.TODAY, groups)));
        groups.thisWeek().forEach(r -> all.add(json(r, Group.THIS_WEEK, groups)));
        List<RoundJson> found = all.stream().filter(r -> !query.hasSearch() || matches(r, query.q())).toList();
        int from = Math.min(query.offset(), found.size());
        int to = Math.min(from + query.size(), found.size());
        return ApiPage.from(new PageResult<>(found.subList(from, to), query.page(), found.size(), query.size()),
                found.subList(from, to));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('routines:record:fill')")
    @Operation(summary = "One of my rounds with its checklist", description = "The round and the items of the "
            + "checklist's current version, to fill and send to POST /api/v1/routines/rounds/{id}/record with "
            + "templateVersion. 404 for a round that is not the caller's or another school's.")
    RoundFormJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        long school = me.requireSchool();
        RoundQueries.Round round = rounds.one(school, id)
                .filter(r -> roles.mayFill(school, me.userId(), r.assigneeUserId(), r.assigneeRoleId()))
                .orElseThrow(() -> new NotFoundException("routine round", id));
        TemplateVersionQueries.Version version = versions.current(school, round.templateId())
                .orElseThrow(() -> new NotFoundException("routine template", round.templateId()));
        MyRounds.Groups groups = mine.of(me);
        Group group = round.overdue(groups.now()) ? Group.OVERDUE : Group.TODAY;
        return new RoundFormJson(json(round, group, groups), version.number(),
                version.template().items().stream().map(ItemJson::of).toList());
    }

    private static boolean matches(RoundJson round, String q) {
        return round.templateName().contains(q) || round.scheduleName().contains(q)
                || (round.roomName() != null && round.roomName().contains(q));
    }

    private static RoundJson json(RoundQueries.Round r, Group group, MyRounds.Groups groups) {
        PlacesApi.RoomRef room = r.roomId() == null ? null : groups.rooms().get(r.roomId());
        return new RoundJson(r.id(), r.scheduleId(), r.scheduleName(), r.templateId(), r.templateName(), r.roomId(),
                room == null ? null : room.code() + " " + room.name(), r.opensAt(), r.dueAt(), r.overdueAt(), group,
                r.open(groups.now()));
    }
}
