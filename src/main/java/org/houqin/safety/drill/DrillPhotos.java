package org.houqin.safety.drill;

import java.util.List;

import org.houqin.platform.files.Attachments;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A drill's photos (集合点, 疏散路线, 讲评): JPEG, PNG or HEIC checked by content like every photo, at most
 * {@value #PER_UPLOAD} at a time (a phone's usual pick) and {@value #MOST} per drill, kept with the record (no
 * deletion), stored in the transaction of the step that brings them.
 */
@Component
class DrillPhotos {

    static final String OWNER = "drill";
    static final int PER_UPLOAD = 9;
    static final int MOST = 30;

    private final Attachments attachments;

    DrillPhotos(Attachments attachments) {
        this.attachments = attachments;
    }

    /** @return how many were kept; the caller holds the drill's row, so two uploads together keep the limit */
    @Transactional(propagation = Propagation.MANDATORY)
    int add(long schoolId, long drillId, List<MultipartFile> photos, String field) {
        List<MultipartFile> chosen = photos == null ? List.of()
                : photos.stream().filter(p -> p != null && !p.isEmpty()).toList();
        if (chosen.size() > PER_UPLOAD) {
            throw new RuleViolation(field, "drill.photos.tooManyAtOnce", PER_UPLOAD);
        }
        if (!chosen.isEmpty() && attachments.of(schoolId, OWNER, drillId).size() + chosen.size() > MOST) {
            throw new RuleViolation(field, "drill.photos.tooMany", MOST);
        }
        for (MultipartFile photo : chosen) {
            attachments.storePhoto(schoolId, OWNER, drillId, field, photo);
        }
        return chosen.size();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(long schoolId, long drillId, String fileName, byte[] bytes) {
        attachments.storePhoto(schoolId, OWNER, drillId, "photos", fileName, bytes);
    }

    List<Attachments.Attachment> of(long schoolId, long drillId) {
        return attachments.of(schoolId, OWNER, drillId);
    }
}
