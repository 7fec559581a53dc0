package org.houqin.safety.drill;

import java.util.Base64;
import java.util.List;

import org.houqin.platform.files.Attachments;

/** The photos a printed 演练记录表 carries: JPEG and PNG as data URIs (the PDF renderer cannot draw HEIC). */
final class DrillPrint {

    static final int PRINTED_PHOTOS = 4;

    private DrillPrint() {
    }

    static List<String> images(Attachments attachments, List<Attachments.Attachment> photos) {
        return photos.stream()
                .filter(a -> a.contentType().equals("image/jpeg") || a.contentType().equals("image/png"))
                .limit(PRINTED_PHOTOS)
                .map(a -> "data:" + a.contentType() + ";base64,"
                        + Base64.getEncoder().encodeToString(attachments.content(a)))
                .toList();
    }
}
