package org.houqin.platform.backup;

/**
 * A backup or restore that cannot go on, with a message key for the page and an English text for the command line
 * and the log (never a user's data).
 */
class BackupException extends RuntimeException {

    private final String key;

    BackupException(String key, String text) {
        super(text);
        this.key = key;
    }

    String key() {
        return key;
    }
}
