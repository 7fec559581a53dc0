package org.houqin.places.room;

import java.util.List;
import java.util.Map;

import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.qr.QrCodes;
import org.houqin.platform.qr.QrTargets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A room's QR code, and an A4 sheet of QR labels (3 × 8) to stick beside each door. */
@Component
class RoomLabels {

    record Label(String qr, String code, String name, String place) {
    }

    private final QrTargets targets;
    private final PdfRenderer pdf;
    private final OrganizationApi organization;

    RoomLabels(QrTargets targets, PdfRenderer pdf, OrganizationApi organization) {
        this.targets = targets;
        this.pdf = pdf;
        this.organization = organization;
    }

    /** The address in the QR code: short, stable, and free of the room's database id. */
    String qrUrl(RoomService.Row room) {
        return targets.url(PlacesApi.ROOM_LABEL, room.qrToken());
    }

    byte[] qrPng(RoomService.Row room) {
        return QrCodes.png(qrUrl(room), 320);
    }

    byte[] pdf(long schoolId, List<RoomService.Row> rooms) {
        String school = organization.school(schoolId).map(OrganizationApi.SchoolRef::name).orElse("");
        List<Label> labels = rooms.stream().map(room -> new Label(QrCodes.dataUri(qrUrl(room), 240), room.code(),
                room.name(), room.buildingName() + " " + room.floor() + "F")).toList();
        return pdf.render("print/room-labels", Map.of("school", school, "labels", labels),
                LocaleContextHolder.getLocale());
    }
}
