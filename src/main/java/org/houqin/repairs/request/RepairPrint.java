package org.houqin.repairs.request;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.HouqinProperties;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.qr.QrCodes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The A4 维修单: the request, its QR code, photos, materials, the history and signature lines carrying the
 * signatures captured on the phone. Everything a user typed is printed as text.
 */
@Component
class RepairPrint {

    private static final int PRINTED_PHOTOS = 4;

    private final Repairs requests;
    private final Attachments attachments;
    private final OrganizationApi organization;
    private final PdfRenderer pdf;
    private final HouqinProperties properties;

    RepairPrint(Repairs requests, Attachments attachments, OrganizationApi organization, PdfRenderer pdf,
                HouqinProperties properties) {
        this.requests = requests;
        this.attachments = attachments;
        this.organization = organization;
        this.pdf = pdf;
        this.properties = properties;
    }

    /** @param showPhone the reporter's phone is printed only for the office, as on the page */
    byte[] pdf(long school, Repairs.Row row, boolean showPhone) {
        Map<String, Object> model = new HashMap<>();
        model.put("repair", row);
        model.put("showPhone", showPhone);
        model.put("school", organization.school(school).map(OrganizationApi.SchoolRef::name).orElse(""));
        model.put("materials", requests.materials(school, row.id()));
        model.put("history", requests.history(school, row.id()));
        model.put("photos", images(school, "repair", row.id()));
        model.put("afterPhotos", images(school, "repair-after", row.id()));
        model.put("workerSignature", images(school, "repair-worker", row.id()).stream().findFirst().orElse(null));
        model.put("reporterSignature", images(school, "repair-reporter", row.id()).stream().findFirst().orElse(null));
        model.put("qr", QrCodes.dataUri(properties.publicUrl().replaceAll("/+$", "") + "/repairs/" + row.id(), 200));
        return pdf.render("print/repair", model, LocaleContextHolder.getLocale());
    }

    /** JPEG and PNG files as data URIs (the PDF renderer cannot draw HEIC). */
    private List<String> images(long school, String ownerType, long id) {
        return attachments.of(school, ownerType, id).stream()
                .filter(a -> a.contentType().equals("image/jpeg") || a.contentType().equals("image/png"))
                .limit(PRINTED_PHOTOS)
                .map(a -> "data:" + a.contentType() + ";base64," + Base64.getEncoder().encodeToString(attachments.content(a)))
                .toList();
    }
}
