package io.suitetok.pricing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** pricing-sync-service: NetSuite's prices, promotions and effective-dated cutovers on TikTok, to the cent. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PricingSyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(PricingSyncApplication.class, args);
    }
}
