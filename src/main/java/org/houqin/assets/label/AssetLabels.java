package org.houqin.assets.label;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.assets.AssetsApi;
import org.houqin.assets.register.AssetFilter;
import org.houqin.assets.register.AssetRow;
import org.houqin.assets.register.Assets;
import org.houqin.assets.register.Locations;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.qr.QrCodes;
import org.houqin.platform.qr.QrTargets;
import org.houqin.platform.security.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * QR labels for asset cards: which cards a request names (within the user's scope), and the PDF that places one
 * label per card on the chosen stock, each QR code leading to the card through {@code /a/<token>}.
 */
@Component
class AssetLabels {

    /** More labels than this at once is a mistake in the filter more often than a wish; it also bounds the PDF. */
    static final int LIMIT = 2_000;

    /** The cards found, at most {@link #LIMIT}; {@code tooMany} when the filter found more. */
    record Selection(List<AssetRow> rows, boolean tooMany) {
    }

    /** What one label shows. */
    record Label(String qr, String number, String name, String room, String purchasedOn) {
    }

    private final Assets assets;
    private final Locations locations;
    private final OrganizationApi organization;
    private final QrTargets targets;
    private final PdfRenderer pdf;

    AssetLabels(Assets assets, Locations locations, OrganizationApi organization, QrTargets targets,
                PdfRenderer pdf) {
        this.assets = assets;
        this.locations = locations;
        this.organization = organization;
        this.targets = targets;
        this.pdf = pdf;
    }

    Selection select(long schoolId, CurrentUser me, LabelSelection selection, AssetFilter filter) {
        List<AssetRow> rows = selection.byIds()
                ? selection.ids().stream().filter(java.util.Objects::nonNull).distinct().limit(LIMIT + 1L)
                        .map(id -> assets.find(schoolId, me, id)).flatMap(Optional::stream).toList()
                : assets.all(schoolId, me, selection.query(), filter, LIMIT + 1);
        boolean tooMany = rows.size() > LIMIT;
        return new Selection(tooMany ? rows.subList(0, LIMIT) : rows, tooMany);
    }

    /** The address in the QR code: short, stable, and free of the card's database id. */
    String qrUrl(AssetRow asset) {
        return targets.url(AssetsApi.ASSET_LABEL, asset.qrToken());
    }

    String schoolName(long schoolId) {
        return organization.school(schoolId).map(OrganizationApi.SchoolRef::name).orElse("");
    }

    byte[] pdf(long schoolId, List<AssetRow> rows, LabelSheetForm sheet) {
        Locations.Names names = locations.names(schoolId, List.of());
        List<Label> labels = rows.stream().map(a -> new Label(QrCodes.dataUri(qrUrl(a), 240), a.number(), a.name(),
                names.room(a.roomId()), a.purchasedOn().toString())).toList();
        SheetLayout layout = sheet.layout();
        return pdf.render("print/asset-labels", Map.of("school", schoolName(schoolId),
                "pages", layout.place(labels, sheet.positionsToSkip()), "g", LabelGeometry.of(layout)),
                LocaleContextHolder.getLocale());
    }
}
