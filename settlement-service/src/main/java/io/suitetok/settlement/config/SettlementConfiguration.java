package io.suitetok.settlement.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.runtime.outbox.OutboxWriter;
import io.suitetok.runtime.security.EndpointAccess;
import io.suitetok.runtime.security.HubRole;
import io.suitetok.runtime.watermark.WatermarkStore;
import io.suitetok.settlement.intake.SettlementRound;
import io.suitetok.settlement.intake.StatementIntake;
import io.suitetok.settlement.matching.LineMatcher;
import io.suitetok.settlement.posting.PayoutDeposits;
import io.suitetok.settlement.posting.SettlementAnnouncements;
import io.suitetok.settlement.posting.StatementPosting;
import io.suitetok.settlement.store.StatementStore;
import io.suitetok.tiktok.api.TikTokShopClient;
import java.time.Clock;
import io.suitetok.runtime.metrics.ParkedItems;
import io.suitetok.runtime.metrics.SyncLag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the settlement flow; finance's endpoints need the finance role, whatever the method. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "io.suitetok.settlement.finance", considerNestedRepositories = true)
public class SettlementConfiguration {

    @Bean
    KafkaAdmin.NewTopics settlementTopics(HubTopicNames topics) {
        return topics.declare(HubTopic.SETTLEMENT_STATEMENTS, HubTopic.ORDERS, HubTopic.ORDER_NETSUITE_RESULTS,
                HubTopic.ORDER_RETURNS);
    }

    @Bean
    EndpointAccess financeAccess() {
        return new EndpointAccess().requires(HubRole.FINANCE, "/finance/**");
    }

    @Bean
    StatementIntake statementIntake(TikTokShopClient tiktok, StatementStore statements, LineMatcher matcher,
            WatermarkStore watermarks, SettlementProperties properties, MeterRegistry meters) {
        return new StatementIntake(tiktok, statements, matcher, watermarks, properties, Clock.systemUTC(), meters);
    }

    @Bean
    StatementPosting statementPosting(JdbcTemplate jdbc, NetSuiteGateway netsuite, StatementStore statements,
            SettlementProperties properties, EventCodec codec, MeterRegistry meters) {
        return new StatementPosting(jdbc, netsuite, statements, properties, codec,
                SyncLag.of(meters, "settlement", "netsuite"));
    }

    /** Statement lines no order, refund or adjustment matched and no one has resolved yet (GET /finance/...). */
    @Bean
    ParkedItems unmatchedStatementLines() {
        return new ParkedItems("settlement",
                "select count(*) from statement_line where match_status = 'UNMATCHED' and resolved_at is null");
    }

    @Bean
    PayoutDeposits payoutDeposits(TikTokShopClient tiktok, NetSuiteGateway netsuite, JdbcTemplate jdbc,
            WatermarkStore watermarks, SettlementProperties properties) {
        return new PayoutDeposits(tiktok, netsuite, jdbc, watermarks, properties, Clock.systemUTC());
    }

    @Bean
    SettlementAnnouncements settlementAnnouncements(JdbcTemplate jdbc, OutboxWriter outbox, EventCodec codec,
            TransactionTemplate transaction) {
        return new SettlementAnnouncements(jdbc, outbox, codec, transaction);
    }

    @Bean
    SettlementRound settlementRound(StatementIntake intake, StatementPosting posting, PayoutDeposits payouts,
            StatementStore statements, SettlementAnnouncements announcements, SettlementProperties properties) {
        return new SettlementRound(intake, posting, payouts, statements, announcements, properties);
    }
}
