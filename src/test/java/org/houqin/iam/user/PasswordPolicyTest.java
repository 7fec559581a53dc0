package org.houqin.iam.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsEightCharactersWithLettersAndDigits() {
        assertThat(PasswordPolicy.check("wang", "houqin2026")).isEmpty();
    }

    @Test
    void rejectsShortWeakLongAndUsernamePasswords() {
        assertThat(PasswordPolicy.check("wang", "ab12")).contains("password.tooShort");
        assertThat(PasswordPolicy.check("wang", "onlyletters")).contains("password.weak");
        assertThat(PasswordPolicy.check("wang", "12345678")).contains("password.weak");
        assertThat(PasswordPolicy.check("wang", "a1".repeat(65))).contains("password.tooLong");
        assertThat(PasswordPolicy.check("teacher1", "TEACHER1")).contains("password.sameAsUsername");
        assertThat(PasswordPolicy.check("wang", null)).contains("password.tooShort");
        assertThat(PasswordPolicy.check("wang", "a1" + "长".repeat(24))).as("74 bytes in UTF-8").contains("password.tooLong");
        assertThat(PasswordPolicy.check("wang", "a1" + "长".repeat(23))).isEmpty();
    }
}
