package io.suitetok.inventory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** inventory-sync-service: NetSuite's sellable stock in every mapped TikTok warehouse, deltas only. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InventorySyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(InventorySyncApplication.class, args);
    }
}
