package org.houqin.platform.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes a stream through while counting its bytes and lines and taking its SHA-256. In PostgreSQL's COPY text
 * format every row ends with a newline and a newline inside a value is written {@code \n}, so lines are rows.
 */
final class CopyDigest extends FilterOutputStream {

    private final MessageDigest sha256;
    private long bytes;
    private long lines;

    CopyDigest(OutputStream out) {
        super(out);
        this.sha256 = newSha256();
    }

    /** A digest that keeps nothing: for checking what a database holds. */
    static CopyDigest discarding() {
        return new CopyDigest(OutputStream.nullOutputStream());
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        sha256.update((byte) b);
        bytes++;
        if (b == '\n') {
            lines++;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        sha256.update(b, off, len);
        bytes += len;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                lines++;
            }
        }
    }

    /** Leaves the archive's entry open for the next one. */
    @Override
    public void close() throws IOException {
        flush();
    }

    long bytes() {
        return bytes;
    }

    long lines() {
        return lines;
    }

    String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
