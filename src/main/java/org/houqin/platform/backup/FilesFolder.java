package org.houqin.platform.backup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/** Paths inside the files folder as an archive names them: relative, with {@code /}, never leaving the folder. */
final class FilesFolder {

    private static final Set<String> CLIMBING = Set.of("", ".", "..");

    private FilesFolder() {
    }

    static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /** Where a file of the archive goes; a path that would climb out of the folder is refused (a crafted archive). */
    static Path resolve(Path folder, String relative) {
        boolean unsafe = relative.indexOf('\\') >= 0 || relative.indexOf(':') >= 0
                || relative.chars().anyMatch(Character::isISOControl)
                || Arrays.stream(relative.split("/", -1)).anyMatch(CLIMBING::contains);
        Path target = folder.resolve(relative).normalize();
        if (unsafe || !target.startsWith(folder.normalize())) {
            throw new BackupException("backup.error.path", "unsafe path in the archive: " + relative);
        }
        return target;
    }
}
