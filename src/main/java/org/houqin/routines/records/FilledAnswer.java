package org.houqin.routines.records;

import java.util.List;
import java.util.UUID;

/**
 * One item as a person filled it in at the place: the value typed or chosen, photos taken now, a signature drawn now
 * (a PNG data URL), and, in a correction, the photos or signature of the corrected record that are kept.
 */
public record FilledAnswer(String value, List<Upload> photos, String signature, List<UUID> kept) {

    /** A photo as uploaded: the file's name and its bytes. */
    public record Upload(String fileName, byte[] bytes) {
    }

    public FilledAnswer {
        photos = List.copyOf(photos == null ? List.of() : photos);
        signature = signature == null || signature.isBlank() ? null : signature;
        kept = List.copyOf(kept == null ? List.of() : kept);
    }

    public static FilledAnswer of(String value) {
        return new FilledAnswer(value, List.of(), null, List.of());
    }

    public FilledAnswer withPhoto(String fileName, byte[] bytes) {
        List<Upload> more = new java.util.ArrayList<>(photos);
        more.add(new Upload(fileName, bytes));
        return new FilledAnswer(value, more, signature, kept);
    }

    public FilledAnswer signed(String dataUrl) {
        return new FilledAnswer(value, photos, dataUrl, kept);
    }

    /** Whether something new is attached: a photo or a signature. */
    boolean attachesAnything() {
        return !photos.isEmpty() || signature != null || !kept.isEmpty();
    }
}
