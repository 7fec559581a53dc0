package org.houqin.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an archive holds, written last as {@code manifest.json}: the format, the build and the Flyway version of the
 * snapshot, and for every table its rows and the SHA-256 of its COPY stream, for every file its size and SHA-256.
 */
record Manifest(int format, String appVersion, String flywayVersion, Instant createdAt, List<Table> tables,
                List<File> files) {

    static final int FORMAT = 1;
    static final String ENTRY = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    Manifest {
        tables = List.copyOf(tables);
        files = List.copyOf(files);
    }

    /** One table, {@code schema.name}; its data is the entry {@code tables/schema.name.copy}. */
    record Table(String name, long rows, String sha256) {

        String entry() {
            return "tables/" + name + ".copy";
        }
    }

    /** One file of the files folder by its path there ({@code 2026/11/<id>}); its entry is {@code files/<path>}. */
    record File(String path, long size, String sha256) {

        String entry() {
            return "files/" + path;
        }
    }

    long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    void write(OutputStream out) {
        JSON.writeValue(out, this);
    }

    static Manifest read(InputStream in) {
        try (in) {
            Manifest manifest = JSON.readValue(in, Manifest.class);
            if (manifest.format() != FORMAT) {
                throw new BackupException("backup.error.format", "archive format " + manifest.format()
                        + " is not " + FORMAT);
            }
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
