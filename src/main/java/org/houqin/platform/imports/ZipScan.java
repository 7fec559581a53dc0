package org.houqin.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.houqin.platform.web.RuleViolation;

/**
 * Inflates every part of an uploaded .xlsx once, counting real bytes rather than trusting the sizes its directory
 * declares, before POI parses anything: a file that unzips to more than the limit, or a part that inflates beyond
 * POI's zip-bomb ratio, is refused while it is being read, in a fixed 64 KB buffer.
 */
final class ZipScan {

    static {
        ZipSecureFile.setMinInflateRatio(ImportLimits.MIN_INFLATE_RATIO);
    }

    private ZipScan() {
    }

    static void check(Path file, ImportLimits limits) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                boolean data = entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml");
                long part = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        part += n;
                        total += n;
                        if (total > limits.uncompressedBytes() || (!data && part > ImportLimits.OTHER_PART_BYTES)) {
                            throw RuleViolation.of("import.limit.uncompressed", limits.uncompressedMegabytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw bomb(e) ? RuleViolation.of("import.limit.ratio", Math.round(1 / ImportLimits.MIN_INFLATE_RATIO))
                    : RuleViolation.of("import.error.unreadable");
        }
    }

    /** POI says so only in its message: "Zip bomb detected! …". */
    private static boolean bomb(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Zip bomb");
    }
}
