package io.suitetok.orders;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** order-sync-service: TikTok orders become NetSuite Sales Orders; fulfilments go back to TikTok. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OrderSyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrderSyncApplication.class, args);
    }
}
