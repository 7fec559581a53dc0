package org.houqin.iam.user;

import java.util.Optional;

/**
 * What a password must be: at least 8 characters, letters and digits both, not the username, and at most 72 bytes in
 * UTF-8 (bcrypt reads no further; about 72 Latin letters or 24 Chinese characters).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** @return the message key of the first rule broken, if any */
    public static Optional<String> check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.tooLong");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("password.weak");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("password.sameAsUsername");
        }
        return Optional.empty();
    }
}
