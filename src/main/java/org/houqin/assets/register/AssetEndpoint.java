package org.houqin.assets.register;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.assets.depreciation.Depreciation;
import org.houqin.assets.settings.AssetSettings;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.TimelineEntry;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 资产台账 over JSON: the register with the page's filters, sort and scope, a card and its history, and its form. */
@RestController
@RequestMapping("/api/v1/assets")
@Tag(name = "Assets", description = "资产台账")
class AssetEndpoint {

    private final Assets assets;
    private final AssetHistory history;
    private final Locations locations;
    private final AssetSettings settings;
    private final SchoolClock clock;
    private final Texts texts;

    AssetEndpoint(Assets assets, AssetHistory history, Locations locations, AssetSettings settings,
                  SchoolClock clock, Texts texts) {
        this.texts = texts;
        this.assets = assets;
        this.history = history;
        this.locations = locations;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:asset:read')")
    @Operation(summary = "List asset cards", description = "The register's filters: category (with its "
            + "subcategories), building, room, department, schoolClass, custodian, status; q searches number, name, "
            + "model, brand and serial number; sort = number, name, category, purchased, value or status; 20 per page. "
            + "A teacher sees the cards their data scope covers.")
    ApiPage<AssetJson> list(@ModelAttribute ListQuery query, @ModelAttribute AssetFilterParams filter,
                               CurrentUser me) {
        long school = me.requireSchool();
        PageResult<AssetRow> page = assets.page(school, me, query, filter.toFilter());
        Locations.Names names = locations.names(school, page.items().stream().map(AssetRow::custodianStaffId).toList());
        return ApiPage.from(page, json(school, page.items(), names));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    @Operation(summary = "One asset card", description = "404 for a card outside the reader's data scope.")
    AssetJson get(@PathVariable long id, CurrentUser me) {
        return one(me, id);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    @Operation(summary = "A card's history", description = "Registered, changed, handed over, lent, repaired, "
            + "split, counted, disposed: oldest first, each told in the reader's language.")
    List<TimelineEntry> history(@PathVariable long id, CurrentUser me) {
        find(me, id);
        return history.of(me.requireSchool(), id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:asset:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a card", description = "The card form's fields and rules; where the card is "
            + "and who holds it are set here only, later through a handover. Send the same Idempotency-Key header "
            + "(or submissionKey) again and you get the same card back instead of a second one. A refused field, "
            + "or a rule naming one (a serial number already taken), gets 400 with the field.")
    AssetJson create(@Valid @RequestBody AssetForm form, CurrentUser me) {
        return one(me, assets.register(me.requireSchool(), me, form));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    @Operation(summary = "Change a card's facts", description = "Send the version you read; a stale version gets "
            + "409. The quantity changes only by splitting, the place and custodian only by a handover.")
    AssetJson update(@PathVariable long id, @Valid @RequestBody AssetForm form, CurrentUser me) {
        StaleVersion.guard(() -> find(me, id).version(), () -> assets.update(me.requireSchool(), me, id, form));
        return one(me, id);
    }


    private AssetJson one(CurrentUser me, long id) {
        long school = me.requireSchool();
        AssetRow row = find(me, id);
        Locations.Names names = locations.names(school,
                Stream.ofNullable(row.custodianStaffId()).toList());
        return json(school, List.of(row), names).get(0);
    }

    private List<AssetJson> json(long school, List<AssetRow> rows, Locations.Names names) {
        YearMonth month = clock.thisMonth();
        Depreciation.StartRule rule = settings.startRule(school);
        return rows.stream().map(a -> AssetJson.of(a, names, month, rule, texts)).toList();
    }

    private AssetRow find(CurrentUser me, long id) {
        return assets.find(me.requireSchool(), me, id).orElseThrow(() -> new NotFoundException("asset", id));
    }
}
