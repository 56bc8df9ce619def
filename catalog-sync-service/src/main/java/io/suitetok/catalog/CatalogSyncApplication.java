package io.suitetok.catalog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** catalog-sync-service: NetSuite items become TikTok products; the owner of the SKU mapping. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CatalogSyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(CatalogSyncApplication.class, args);
    }
}
