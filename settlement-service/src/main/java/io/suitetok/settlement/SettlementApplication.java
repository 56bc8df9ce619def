package io.suitetok.settlement;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * settlement-service: TikTok statements matched line by line to orders, refunds and fees, posted to
 * NetSuite as Journal Entries and Deposits, and read by finance over REST.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SettlementApplication {

    public static void main(String[] args) {
        SpringApplication.run(SettlementApplication.class, args);
    }
}
