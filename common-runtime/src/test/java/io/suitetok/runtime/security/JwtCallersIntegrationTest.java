package io.suitetok.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.runtime.audit.AuditTrail;
import io.suitetok.runtime.support.RuntimeTestApplication;
import io.suitetok.testkit.EmbeddedHubTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production callers: JWTs from an OpenID Connect issuer found by its issuer URI, roles from a nested
 * claim with the identity provider's group names mapped onto hub roles (as a Keycloak realm would send).
 */
@EmbeddedHubTest
@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwtCallersIntegrationTest {

    static final LocalIssuer ISSUER = new LocalIssuer();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("hub.security.mode", () -> "jwt");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::uri);
        registry.add("hub.security.jwt.roles-claim", () -> "realm_access.roles");
        registry.add("hub.security.jwt.role-values.ops", () -> "suitetok-operators");
        registry.add("hub.security.jwt.caller-claim", () -> "preferred_username");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail audit;

    private static Map<String, Object> user(String name, String... roles) {
        return Map.of("preferred_username", name, "realm_access", Map.of("roles", List.of(roles)));
    }

    @Test
    void aMappedGroupGrantsOpsAndTheAuditNamesThePerson() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String token = ISSUER.token(user("dana.ops", "offline_access", "suitetok-operators"));

        assertThat(call("POST", "/stock/MUG-9/recount", token).statusCode()).isEqualTo(202);
        assertThat(call("GET", "/stock/MUG-9", token).statusCode()).isEqualTo(200);
        assertThat(audit.recent(before, 10)).anySatisfy(entry -> {
            assertThat(entry.caller()).isEqualTo("dana.ops");
            assertThat(entry.target()).isEqualTo("/stock/MUG-9/recount");
            assertThat(entry.outcome()).isEqualTo(202);
        });
    }

    @Test
    void aRoleNotMappedIsGrantedByItsOwnNameAndNothingMore() throws Exception {
        String viewer = ISSUER.token(user("sam.viewer", "viewer"));
        String ops = ISSUER.token(user("ops.by.name", "ops")); // ops is mapped, so its own name no longer counts

        assertThat(call("GET", "/stock/MUG-9", viewer).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/stock/MUG-9/recount", viewer).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/stock/MUG-9", ops).statusCode()).isEqualTo(403);
    }

    @Test
    void aTokenWithoutHubRolesIsAuthenticatedButMayDoNothing() throws Exception {
        String token = ISSUER.token(user("guest", "offline_access"));

        assertThat(call("GET", "/stock/MUG-9", token).statusCode()).isEqualTo(403);
    }

    @Test
    void expiredForgedAndForeignTokensAreRefused() throws Exception {
        Map<String, Object> claims = user("mallory", "suitetok-operators");

        for (String token : List.of(ISSUER.expiredToken(claims), ISSUER.forgedToken(claims),
                ISSUER.tokenFromAnotherIssuer(claims), "not.a.jwt")) {
            HttpResponse<String> answer = call("POST", "/stock/MUG-9/recount", token);
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).contains("invalid_token"));
        }
    }

    @Test
    void aStaticTestTokenMeansNothingInJwtMode() throws Exception {
        assertThat(call("GET", "/stock/MUG-9", io.suitetok.testkit.TestCallers.OPS_TOKEN).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> call(String method, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
