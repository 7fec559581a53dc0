package org.houqin.assets.register;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.assets.depreciation.Depreciation;
import org.houqin.assets.settings.AssetSettings;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A card's depreciation over JSON: where it stands this month, as the card's page shows it, and month by month. */
@RestController
@RequestMapping("/api/v1/assets/{id}/depreciation")
@Tag(name = "Assets", description = "资产台账")
class AssetDepreciationEndpoint {

    record DepreciationJson(long assetId, String number, String name, BigDecimal original, Integer usefulLifeMonths,
                            Depreciation.StartRule startRule, boolean depreciable, YearMonth asOf,
                            BigDecimal monthly, int monthsCharged, BigDecimal accumulated, BigDecimal net,
                            boolean fullyDepreciated, List<Depreciation.Month> months) {
    }

    private final Assets assets;
    private final AssetSettings settings;
    private final SchoolClock clock;

    AssetDepreciationEndpoint(Assets assets, AssetSettings settings, SchoolClock clock) {
        this.assets = assets;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:asset:read')")
    @Operation(summary = "A card's depreciation schedule", description = "Straight line over the useful life with "
            + "no residual value, from the month the card arrived (SAME_MONTH) or the month after (NEXT_MONTH, a "
            + "school setting); the last month takes what rounding left. The figures as of this month (asOf), as "
            + "the card's page shows them, and months: every month charged with its charge, the accumulated "
            + "depreciation and the net value at its end, in yuan with two decimals. A card that does not "
            + "depreciate (land, books, relics) has no months. 404 for a card outside the reader's data scope.")
    DepreciationJson schedule(@PathVariable long id, CurrentUser me) {
        long school = me.requireSchool();
        AssetRow card = assets.find(school, me, id).orElseThrow(() -> new NotFoundException("asset", id));
        Depreciation.StartRule rule = settings.startRule(school);
        YearMonth month = clock.thisMonth();
        Depreciation.Figures now = card.figures(month, rule);
        return new DepreciationJson(card.id(), card.number(), card.name(), now.original(), card.usefulLifeMonths(),
                rule, now.depreciable(), month, now.monthly(), now.monthsCharged(), now.accumulated(), now.net(),
                now.fullyDepreciated(), Depreciation.schedule(card.value(), card.usefulLifeMonths(),
                        card.purchasedOn(), card.disposedOn(), rule));
    }
}
