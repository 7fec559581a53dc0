package org.houqin.assets.label;

import java.io.IOException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.assets.register.AssetHistory;
import org.houqin.assets.register.AssetRow;
import org.houqin.assets.register.Assets;
import org.houqin.assets.register.Locations;
import org.houqin.assets.settings.AssetSettings;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.qr.QrCodes;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.Times;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 固定资产卡片: the A4 card of one asset for the paper file, with its QR code, every fact, the depreciation as of this
 * month, its history and the lines the custodian and the keepers sign.
 */
@Controller
class AssetCardController {


    /** A history line as printed: the time in the school's zone. */
    record PrintedEvent(String when, String kind, String actor, String summary) {
    }

    private final Assets assets;
    private final AssetHistory history;
    private final Locations locations;
    private final AssetSettings settings;
    private final AssetLabels labels;
    private final PdfRenderer pdf;

    private final Times times;

    AssetCardController(Assets assets, AssetHistory history, Locations locations, AssetSettings settings,
                        AssetLabels labels, PdfRenderer pdf, Times times) {
        this.times = times;
        this.assets = assets;
        this.history = history;
        this.locations = locations;
        this.settings = settings;
        this.labels = labels;
        this.pdf = pdf;
    }

    @GetMapping("/assets/{id}/card.pdf")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    void card(@PathVariable long id, HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        AssetRow asset = assets.find(school, me, id).orElseThrow(() -> new NotFoundException("asset", id));
        byte[] file = pdf.render("print/asset-card", model(school, asset), LocaleContextHolder.getLocale());
        Downloads.pdf(response, asset.number() + ".pdf");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }

    private Map<String, Object> model(long school, AssetRow asset) {
        YearMonth month = YearMonth.from(assets.today());
        Locations.Names names = locations.names(school, Stream.of(asset.custodianStaffId())
                .filter(java.util.Objects::nonNull).toList());
        String userOf = names.describe(null, asset.departmentId(), asset.classId(), null);
        Map<String, Object> model = new HashMap<>();
        model.put("school", labels.schoolName(school));
        model.put("asset", asset);
        model.put("figures", asset.figures(month, settings.startRule(school)));
        model.put("month", month.toString());
        model.put("room", dash(names.room(asset.roomId())));
        model.put("userOf", dash(userOf));
        model.put("custodian", dash(names.person(asset.custodianStaffId())));
        model.put("events", history.of(school, asset.id()).stream().map(e -> new PrintedEvent(
                times.full(e.happenedAt()), e.kind(), e.actorName(), e.text())).toList());
        model.put("qr", QrCodes.dataUri(labels.qrUrl(asset), 240));
        model.put("printedOn", assets.today().toString());
        return model;
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
