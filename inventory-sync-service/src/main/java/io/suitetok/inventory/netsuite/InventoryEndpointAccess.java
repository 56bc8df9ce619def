package io.suitetok.inventory.netsuite;

import io.suitetok.runtime.security.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** NetSuite's script reports movements without a caller's token: MovementSignature checks its HMAC. */
@Configuration(proxyBeanMethods = false)
class InventoryEndpointAccess {

    @Bean
    EndpointAccess movementReportAccess() {
        return new EndpointAccess().open(HttpMethod.POST, "/inventory/movements");
    }
}
