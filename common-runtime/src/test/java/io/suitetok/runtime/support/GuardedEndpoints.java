package io.suitetok.runtime.support;

import io.suitetok.runtime.security.EndpointAccess;
import io.suitetok.runtime.security.HubRole;
import io.suitetok.runtime.web.PathIds;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** One endpoint of each kind a service has: a read, an ops write, a finance view, an open webhook. */
@RestController
public class GuardedEndpoints {

    @GetMapping("/stock/{sku}")
    public Map<String, Object> level(@PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String sku) {
        if (sku.equals("missing")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no level for SKU missing");
        }
        return Map.of("sku", sku, "sellable", 4);
    }

    @PostMapping("/stock/{sku}/recount")
    public ResponseEntity<Map<String, Object>> recount(@PathVariable String sku,
            @RequestBody(required = false) Recount request) {
        return ResponseEntity.accepted().body(Map.of("sku", sku, "reason", request == null || request.reason() == null ? "" : request.reason()));
    }

    @GetMapping("/finance/statements")
    public Map<String, Object> statements() {
        return Map.of("statements", 0);
    }

    @PostMapping("/webhooks/test")
    public Map<String, Object> webhook(@RequestBody byte[] body) {
        return Map.of("bytes", body.length);
    }

    public record Recount(String reason) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        EndpointAccess guardedEndpointAccess() {
            return new EndpointAccess()
                    .open(HttpMethod.POST, "/webhooks/test")
                    .requires(HubRole.FINANCE, "/finance/**");
        }
    }
}
