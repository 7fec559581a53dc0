package org.houqin.iam.user;

import java.util.Optional;

/** What a password must be: 8 to 128 characters, letters and digits both, and not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @return the message key of the first rule broken, if any */
    public static Optional<String> check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
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
