package org.houqin.platform.files;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.db.Rows;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos and hand-written signatures of any document (a repair, a delivery check, a handover). The type is decided
 * from the bytes, pictures that also carry markup are refused, JPEG and PNG get a thumbnail, and the files are kept
 * under the data folder by id, never under their own names. Modules serve them from their own endpoints, after
 * checking that the user may see the document they belong to.
 */
@Service
public class Attachments {

    public static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;
    public static final int MAX_SIGNATURE_BYTES = 512 * 1024;
    private static final int THUMBNAIL_PIXELS = 320;
    /** A 48-megapixel phone photo fits; a picture that would need more memory to decode than that does not. */
    private static final long MAX_PIXELS = 50_000_000L;
    private static final int MAX_SIDE_PIXELS = 20_000;

    public enum Kind { PHOTO, SIGNATURE }

    public record Attachment(UUID id, long schoolId, String ownerType, long ownerId, Kind kind, String fileName,
                             String contentType, int sizeBytes, boolean hasThumbnail, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final FileFolder folder;

    Attachments(JdbcClient jdbc, FileFolder folder) {
        this.jdbc = jdbc;
        this.folder = folder;
    }

    /**
     * Keeps a photo of a document. Problems are reported on the form field {@code field}.
     */
    @Transactional
    public Attachment storePhoto(long schoolId, String ownerType, long ownerId, String field, String fileName,
                                 byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RuleViolation(field, "file.empty");
        }
        if (bytes.length > MAX_PHOTO_BYTES) {
            throw new RuleViolation(field, "file.tooLarge", MAX_PHOTO_BYTES / 1024 / 1024);
        }
        ImageCheck.Type type = ImageCheck.detect(bytes)
                .filter(detected -> ImageCheck.nameFits(fileName, detected))
                .filter(detected -> !ImageCheck.carriesMarkup(bytes))
                .orElseThrow(() -> new RuleViolation(field, "file.notImage"));
        byte[] thumbnail = type == ImageCheck.Type.HEIC ? null : thumbnail(bytes, field);
        return store(field, new Stored(schoolId, ownerType, ownerId, Kind.PHOTO, cleanName(fileName, type),
                type.contentType), bytes, thumbnail);
    }

    /** Keeps an uploaded photo of a document, as {@link #storePhoto(long, String, long, String, String, byte[])}. */
    @Transactional
    public Attachment storePhoto(long schoolId, String ownerType, long ownerId, String field, MultipartFile upload) {
        try {
            return storePhoto(schoolId, ownerType, ownerId, field, upload.getOriginalFilename(), upload.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a signature drawn on a phone or tablet, sent by the page as a PNG data URL. */
    @Transactional
    public Attachment storeSignature(long schoolId, String ownerType, long ownerId, String field, String dataUrl) {
        String prefix = "data:image/png;base64,";
        if (dataUrl == null || !dataUrl.startsWith(prefix)) {
            throw new RuleViolation(field, "signature.missing");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(dataUrl.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "signature.missing");
        }
        if (bytes.length > MAX_SIGNATURE_BYTES || ImageCheck.detect(bytes).filter(t -> t == ImageCheck.Type.PNG).isEmpty()
                || ImageCheck.carriesMarkup(bytes)) {
            throw new RuleViolation(field, "signature.missing");
        }
        readImage(bytes, field);
        return store(field, new Stored(schoolId, ownerType, ownerId, Kind.SIGNATURE, "signature.png", "image/png"),
                bytes, null);
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(long schoolId, String ownerType, long ownerId) {
        return jdbc.sql(SELECT + " WHERE school_id = ? AND owner_type = ? AND owner_id = ? ORDER BY created_at, id")
                .params(schoolId, ownerType, ownerId).query(Rows.of(Attachment.class)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Attachment> find(long schoolId, UUID id) {
        return jdbc.sql(SELECT + " WHERE school_id = ? AND id = ?").params(schoolId, id).query(Rows.of(Attachment.class)).optional();
    }

    /** Sends the file (or its thumbnail) as a download that the browser never renders as a page. */
    public void serve(HttpServletResponse response, Attachment attachment, boolean thumbnail) throws IOException {
        Path file = thumbnail && attachment.hasThumbnail() ? folder.thumbnail(attachment.id(), attachment.createdAt())
                : folder.file(attachment.id(), attachment.createdAt());
        Downloads.attachment(response, thumbnail && attachment.hasThumbnail() ? "image/jpeg" : attachment.contentType(),
                attachment.fileName());
        response.setHeader("Cache-Control", "private, max-age=86400");
        Files.copy(file, response.getOutputStream());
    }

    public byte[] content(Attachment attachment) {
        try {
            return Files.readAllBytes(folder.file(attachment.id(), attachment.createdAt()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a new file belongs to and is called. */
    private record Stored(long schoolId, String ownerType, long ownerId, Kind kind, String fileName,
                          String contentType) {
    }

    private Attachment store(String field, Stored what, byte[] bytes, byte[] thumbnail) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        folder.write(field, id, now, bytes, thumbnail);
        removeFilesIfRolledBack(id, now);
        jdbc.sql("""
                INSERT INTO platform.attachment (id, school_id, owner_type, owner_id, kind, file_name, content_type,
                                                 size_bytes, sha256, has_thumbnail, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, what.schoolId(), what.ownerType(), what.ownerId(), what.kind().name(), what.fileName(),
                what.contentType(), bytes.length, sha256(bytes), thumbnail != null,
                CurrentUser.find().map(CurrentUser::userId).orElse(null), java.sql.Timestamp.from(now)).update();
        return new Attachment(id, what.schoolId(), what.ownerType(), what.ownerId(), what.kind(), what.fileName(),
                what.contentType(), bytes.length, thumbnail != null, now);
    }

    private void removeFilesIfRolledBack(UUID id, Instant at) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    folder.delete(id, at);
                }
            }
        });
    }

    private static byte[] thumbnail(byte[] bytes, String field) {
        BufferedImage image = readImage(bytes, field);
        double scale = Math.min(1.0, (double) THUMBNAIL_PIXELS / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = small.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.drawImage(image.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(small, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes a picture only after its header says it is of a sane size: a small file can declare 60000 × 60000
     * pixels and the decoder would try to allocate gigabytes for it.
     */
    private static BufferedImage readImage(byte[] bytes, String field) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new RuleViolation(field, "file.notImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width > MAX_SIDE_PIXELS || height > MAX_SIDE_PIXELS || width * height > MAX_PIXELS) {
                    throw new RuleViolation(field, "file.notImage");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new RuleViolation(field, "file.notImage");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation violation) {
                throw violation;
            }
            throw new RuleViolation(field, "file.notImage");
        }
    }

    private static String cleanName(String fileName, ImageCheck.Type type) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.length() > 100) {
            name = name.substring(name.length() - 100);
        }
        return name.isEmpty() ? "photo." + type.extension : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String SELECT = """
            SELECT id, school_id, owner_type, owner_id, kind, file_name, content_type, size_bytes, has_thumbnail,
                   created_at
            FROM platform.attachment""";
}
