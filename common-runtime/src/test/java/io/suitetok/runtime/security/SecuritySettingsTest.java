package io.suitetok.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A service without a usable caller configuration refuses to start and says which property to set. */
class SecuritySettingsTest {

    private final WebApplicationContextRunner service = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HubSecurityAutoConfiguration.class))
            .withBean(JdbcTemplate.class, () -> new JdbcTemplate(new SimpleDriverDataSource())); // never queried here

    @Test
    void jwtModeWithoutAnIssuerNamesTheIssuerProperty() {
        service.run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri"));
    }

    @Test
    void aShortTokenNamesItsPropertyAndNotItsValue() {
        service.withPropertyValues("hub.security.mode=tokens", "hub.security.tokens.night-shift.token=short-secret-x1",
                        "hub.security.tokens.night-shift.roles=ops")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("hub.security.tokens.night-shift.token")
                        .hasMessageNotContaining("short-secret-x1"));
    }

    @Test
    void aCallerWithoutRolesIsRefused() {
        service.withPropertyValues("hub.security.mode=tokens",
                        "hub.security.tokens.robot.token=0123456789abcdef0123456789abcdef")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("hub.security.tokens.robot.roles"));
    }

    @Test
    void anUnknownRoleIsRefusedWithTheRolesThereAre() {
        service.withPropertyValues("hub.security.mode=tokens",
                        "hub.security.tokens.robot.token=0123456789abcdef0123456789abcdef",
                        "hub.security.tokens.robot.roles=admin")
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining("hub.security.tokens.robot.roles"));
    }

    @Test
    void callersCanComeFromEnvironmentVariablesAsKubernetesSecretsSetThem() {
        service.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of("HUB_SECURITY_MODE", "tokens",
                                "HUB_SECURITY_TOKENS_NIGHTSHIFT_TOKEN", "0123456789abcdef0123456789abcdef",
                                "HUB_SECURITY_TOKENS_NIGHTSHIFT_ROLES", "viewer,ops"))))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(HubSecurityProperties.class).tokens()).containsKey("nightshift")
                            .hasEntrySatisfying("nightshift", caller -> assertThat(caller.roles())
                                    .containsExactlyInAnyOrder(HubRole.VIEWER, HubRole.OPS));
                });
    }

    @Test
    void tokensModeWithValidCallersStarts() {
        service.withPropertyValues("hub.security.mode=tokens",
                        "hub.security.tokens.robot.token=0123456789abcdef0123456789abcdef",
                        "hub.security.tokens.robot.roles=viewer,ops")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
