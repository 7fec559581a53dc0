package org.houqin.iam.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.houqin.platform.HouqinProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Passwords are hashed with bcrypt at cost 10 unless a deployment says otherwise (the tests use 4 to run faster). */
class PasswordCostTest {

    private static HouqinProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("houqin", HouqinProperties.class);
    }

    @Test
    void aDeploymentHashesAtCostTenUnlessItSaysOtherwise() {
        assertThat(bind(Map.of()).security().passwordHashCost()).isEqualTo(10);
        assertThat(bind(Map.of("houqin.security.password-hash-cost", "12")).security().passwordHashCost())
                .isEqualTo(12);
        assertThatThrownBy(() -> bind(Map.of("houqin.security.password-hash-cost", "3"))).isInstanceOf(
                BindException.class);
    }
}
