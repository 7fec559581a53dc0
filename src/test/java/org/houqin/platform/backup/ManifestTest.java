package org.houqin.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The manifest reads back as it was written, names its entries, and a file path cannot leave the files folder. */
class ManifestTest {

    private final Manifest manifest = new Manifest(Manifest.FORMAT, "0.1.0", "20261208.1400",
            Instant.parse("2026-12-08T18:30:00Z"),
            List.of(new Manifest.Table("repairs.request", 3, "ab12"), new Manifest.Table("iam.role", 11, "cd34")),
            List.of(new Manifest.File("2026/12/3f2c", 1024, "ef56")));

    @Test
    void readsBackWhatItWrote() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        manifest.write(out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"flywayVersion\"", "\"sha256\"", "\"rows\"");
        assertThat(Manifest.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(manifest);
        assertThat(manifest.rows()).isEqualTo(14);
    }

    @Test
    void namesTheEntriesOfItsTablesAndFiles() {
        assertThat(manifest.tables().get(0).entry()).isEqualTo("tables/repairs.request.copy");
        assertThat(manifest.files().get(0).entry()).isEqualTo("files/2026/12/3f2c");
    }

    @Test
    void refusesAFormatItDoesNotKnow() {
        String future = "{\"format\": 2, \"tables\": [], \"files\": []}";

        assertThatThrownBy(() -> Manifest.read(new ByteArrayInputStream(future.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(BackupException.class).hasMessageContaining("format 2");
    }

    @Test
    void refusesAFilePathThatLeavesTheFilesFolder() throws IOException {
        Path folder = Path.of("/var/lib/houqin/files");

        assertThat(FilesFolder.resolve(folder, "2026/12/3f2c")).isEqualTo(folder.resolve("2026/12/3f2c"));
        List<String> crafted = List.of("../pg/postgresql.conf", "2026/../../etc/passwd", "/etc/passwd", "a//b", "a\\b");
        for (String path : crafted) {
            assertThatThrownBy(() -> FilesFolder.resolve(folder, path)).as(path)
                    .isInstanceOf(BackupException.class);
        }
    }

    @Test
    void countsTheRowsOfACopyStream() throws IOException {
        CopyDigest digest = CopyDigest.discarding();
        digest.write("1\tone\\nline\n2\ttwo\n".getBytes(StandardCharsets.UTF_8));

        assertThat(digest.lines()).isEqualTo(2);
        assertThat(digest.hex()).hasSize(64);
    }
}
