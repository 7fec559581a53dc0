package org.houqin.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

import org.houqin.platform.security.SystemWork;
import org.houqin.platform.web.RuleViolation;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Photos and signatures: decided by their bytes, refused when they carry markup, thumbnailed, removed on rollback. */
class AttachmentsTest extends IntegrationTest {

    @Autowired
    Attachments attachments;

    @Autowired
    TransactionTemplate transaction;

    private static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, width / 2, height / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return SystemWork.call(() -> transaction.execute(status -> work.get()));
    }

    private String refusal(Supplier<?> work) {
        try {
            inTransaction(work);
            return null;
        } catch (RuleViolation violation) {
            return violation.messageKey();
        }
    }

    /** A real PNG whose header then claims another size, with its checksum fixed so decoders believe it. */
    private static byte[] pngClaiming(int width, int height) throws Exception {
        byte[] png = image("png", 4, 4);
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17);
        java.nio.ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    @Test
    void aSmallFileClaimingAGiganticPictureIsRefusedWithoutDecodingIt() throws Exception {
        long school = Demo.schoolId(jdbc);
        byte[] bomb = pngClaiming(60_000, 60_000);
        assertThat(bomb.length).isLessThan(200);
        assertThat(refusal(() -> attachments.storePhoto(school, "test-owner", 3, "photos", "bomb.png", bomb)))
                .isEqualTo("file.notImage");
        byte[] wide = pngClaiming(19_000, 19_000);
        assertThat(refusal(() -> attachments.storePhoto(school, "test-owner", 3, "photos", "wide.png", wide)))
                .as("under the side limit but far over the pixel budget").isEqualTo("file.notImage");
    }

    @Test
    void aPhotoIsKeptWithAThumbnailAndReadBackExactly() throws Exception {
        long school = Demo.schoolId(jdbc);
        byte[] jpeg = image("jpg", 1600, 1200);
        Attachments.Attachment photo = inTransaction(() ->
                attachments.storePhoto(school, "test-owner", 1, "photos", "灯管坏了.JPG", jpeg));
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.hasThumbnail()).isTrue();
        assertThat(photo.fileName()).isEqualTo("灯管坏了.JPG");
        assertThat(attachments.content(photo)).isEqualTo(jpeg);
        assertThat(SystemWork.call(() -> attachments.of(school, "test-owner", 1))).extracting(Attachments.Attachment::id)
                .contains(photo.id());
        byte[] png = image("png", 200, 100);
        assertThat(inTransaction(() -> attachments.storePhoto(school, "test-owner", 1, "photos", "a.png", png))
                .contentType()).isEqualTo("image/png");
    }

    @Test
    void anythingButARealPictureIsRefused() throws Exception {
        long school = Demo.schoolId(jdbc);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(() -> attachments.storePhoto(school, "test-owner", 2, "photos", "photo.jpg", html)))
                .isEqualTo("file.notImage");

        byte[] png = image("png", 50, 50);
        byte[] polyglot = new byte[png.length + 40];
        System.arraycopy(png, 0, polyglot, 0, png.length);
        System.arraycopy("<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII), 0, polyglot,
                png.length, 39);
        assertThat(refusal(() -> attachments.storePhoto(school, "test-owner", 2, "photos", "photo.png", polyglot)))
                .isEqualTo("file.notImage");

        assertThat(refusal(() -> attachments.storePhoto(school, "test-owner", 2, "photos", "photo.html", png)))
                .as("a PNG named .html").isEqualTo("file.notImage");
        byte[] truncated = java.util.Arrays.copyOf(image("jpg", 100, 100), 20);
        assertThat(refusal(() -> attachments.storePhoto(school, "test-owner", 2, "photos", "cut.jpg", truncated)))
                .isEqualTo("file.notImage");
        assertThat(refusal(() -> attachments.storePhoto(school, "test-owner", 2, "photos", "big.jpg",
                new byte[Attachments.MAX_PHOTO_BYTES + 1]))).isEqualTo("file.tooLarge");
        assertThat(refusal(() -> attachments.storePhoto(school, "test-owner", 2, "photos", "none.jpg", new byte[0])))
                .isEqualTo("file.empty");
        assertThat(SystemWork.call(() -> attachments.of(school, "test-owner", 2))).isEmpty();
    }

    @Test
    void anHeicPhotoFromAnIphoneIsKeptWithoutAThumbnail() {
        long school = Demo.schoolId(jdbc);
        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        Attachments.Attachment photo = inTransaction(() ->
                attachments.storePhoto(school, "test-owner", 3, "photos", "IMG_0001.HEIC", heic));
        assertThat(photo.contentType()).isEqualTo("image/heic");
        assertThat(photo.hasThumbnail()).isFalse();
    }

    @Test
    void aSignatureArrivesAsAPngDataUrl() throws Exception {
        long school = Demo.schoolId(jdbc);
        String dataUrl = "data:image/png;base64," + Base64.getEncoder().encodeToString(image("png", 400, 150));
        Attachments.Attachment signature = inTransaction(() ->
                attachments.storeSignature(school, "test-owner", 4, "signature", dataUrl));
        assertThat(signature.kind()).isEqualTo(Attachments.Kind.SIGNATURE);
        assertThat(refusal(() -> attachments.storeSignature(school, "test-owner", 4, "signature", "")))
                .isEqualTo("signature.missing");
        assertThat(refusal(() -> attachments.storeSignature(school, "test-owner", 4, "signature",
                "data:image/png;base64," + Base64.getEncoder().encodeToString("<svg onload=alert(1)>".getBytes()))))
                .isEqualTo("signature.missing");
    }

    @Test
    void aRolledBackDocumentLeavesNoPhotoBehind() throws Exception {
        long school = Demo.schoolId(jdbc);
        byte[] jpeg = image("jpg", 100, 100);
        var kept = new java.util.concurrent.atomic.AtomicReference<Attachments.Attachment>();
        SystemWork.run(() -> transaction.executeWithoutResult(status -> {
            kept.set(attachments.storePhoto(school, "test-owner", 5, "photos", "x.jpg", jpeg));
            status.setRollbackOnly();
        }));
        assertThat(SystemWork.call(() -> attachments.find(school, kept.get().id()))).isEmpty();
        assertThatThrownBy(() -> attachments.content(kept.get())).isInstanceOf(java.io.UncheckedIOException.class);
    }
}
