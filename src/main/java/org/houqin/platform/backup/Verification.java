package org.houqin.platform.backup;

import java.util.ArrayList;
import java.util.List;

/** What a check found: each table and file that differs from the manifest, in plain words for the log. */
final class Verification {

    private final List<String> problems = new ArrayList<>();
    private int tables;
    private long rows;
    private int files;

    void table(Manifest.Table expected, long rows, String sha256) {
        tables++;
        this.rows += rows;
        if (rows != expected.rows()) {
            problems.add("table " + expected.name() + ": " + rows + " rows, the manifest says " + expected.rows());
        } else if (!sha256.equals(expected.sha256())) {
            problems.add("table " + expected.name() + ": the checksum differs from the manifest");
        }
    }

    void file(Manifest.File expected, long size, String sha256) {
        files++;
        if (size != expected.size() || !sha256.equals(expected.sha256())) {
            problems.add("file " + expected.path() + ": size or checksum differs from the manifest");
        }
    }

    void missing(String what) {
        problems.add(what + ": missing");
    }

    void unexpected(String what) {
        problems.add(what + ": not in the manifest");
    }

    boolean passed() {
        return problems.isEmpty();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    String summary() {
        return tables + " tables, " + rows + " rows, " + files + " files: "
                + (passed() ? "all match the manifest" : problems.size() + " differ");
    }
}
