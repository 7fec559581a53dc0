package org.houqin.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads an archive back and checks every table's rows and checksum and every file's size and checksum against its
 * manifest, without a database: the nightly backup's proof that what it wrote can be read, and the first step of a
 * restore, so a damaged or altered archive is refused before anything is written.
 */
final class ArchiveCheck {

    private ArchiveCheck() {
    }

    static Manifest manifest(ZipFile zip) {
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw new BackupException("backup.error.noManifest", zip.getName() + " has no manifest.json");
        }
        try {
            return Manifest.read(zip.getInputStream(entry));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Verification verify(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return verify(zip, manifest(zip));
        } catch (IOException e) {
            throw new BackupException("backup.error.unreadable", archive + " is not a readable archive: "
                    + e.getMessage());
        }
    }

    static Verification verify(ZipFile zip, Manifest manifest) throws IOException {
        Verification result = new Verification();
        Set<String> listed = new HashSet<>(Set.of(Manifest.ENTRY));
        for (Manifest.Table table : manifest.tables()) {
            listed.add(table.entry());
            CopyDigest digest = digest(zip, table.entry());
            if (digest == null) {
                result.missing("table " + table.name());
            } else {
                result.table(table, digest.lines(), digest.hex());
            }
        }
        for (Manifest.File file : manifest.files()) {
            listed.add(file.entry());
            CopyDigest digest = digest(zip, file.entry());
            if (digest == null) {
                result.missing("file " + file.path());
            } else {
                result.file(file, digest.bytes(), digest.hex());
            }
        }
        zip.stream().map(ZipEntry::getName).filter(name -> !listed.contains(name)).forEach(result::unexpected);
        return result;
    }

    private static CopyDigest digest(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        CopyDigest digest = CopyDigest.discarding();
        try (InputStream in = zip.getInputStream(entry)) {
            in.transferTo(digest);
        }
        return digest;
    }
}
