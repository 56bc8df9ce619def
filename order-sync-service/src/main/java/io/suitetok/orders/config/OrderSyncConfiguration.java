package io.suitetok.orders.config;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.orders.ingest.OrderPoller;
import io.suitetok.orders.ingest.OrderRefresher;
import io.suitetok.orders.mapping.OrderSnapshotMapper;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.orders.mapping.SalesOrderMapper;
import io.suitetok.orders.netsuite.BuyerCustomers;
import io.suitetok.orders.netsuite.SalesOrderFlusher;
import io.suitetok.orders.netsuite.SalesOrderWriteBack;
import io.suitetok.orders.store.OrderSnapshotStore;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.orders.store.SentSalesOrders;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.tiktok.spring.TikTokShops;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.runtime.outbox.OutboxWriter;
import io.suitetok.orders.returns.ReturnPoller;
import io.suitetok.orders.returns.ReturnRefresher;
import io.suitetok.orders.returns.ReturnStore;
import io.suitetok.orders.returns.ReturnWriter;
import io.suitetok.runtime.watermark.WatermarkStore;
import io.suitetok.tiktok.api.TikTokShopClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.runtime.metrics.ParkedItems;
import io.suitetok.runtime.metrics.SyncLag;
import io.suitetok.runtime.tracing.TraceParents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the order flow. */
@Configuration(proxyBeanMethods = false)
public class OrderSyncConfiguration {

    @Bean
    KafkaAdmin.NewTopics orderTopics(HubTopicNames topics) {
        return topics.declare(HubTopic.TIKTOK_ORDER_NOTIFICATIONS, HubTopic.ORDERS, HubTopic.ORDER_NETSUITE_RESULTS,
                HubTopic.ORDER_FULFILMENTS, HubTopic.ORDER_RETURNS, HubTopic.SETTLEMENT_STATEMENTS);
    }

    @Bean
    OrderRefresher orderRefresher(TikTokShopClient tiktok, OrderSnapshotStore snapshots, OutboxWriter outbox,
            EventCodec codec, TransactionTemplate transaction, TraceParents traces) {
        return new OrderRefresher(tiktok, new OrderSnapshotMapper(), snapshots, outbox, codec, transaction, traces);
    }

    @Bean
    SalesOrderFlusher salesOrderFlusher(OrderSnapshotStore snapshots, OrderStateStore states, SkuMappingReplica skus,
            NetSuiteGateway netsuite, OrderProperties properties, OutboxWriter outbox, EventCodec codec,
            TransactionTemplate transaction, BuyerCustomers buyers, SentSalesOrders sent, MeterRegistry meters,
            TraceParents traces) {
        return new SalesOrderFlusher(snapshots, states, skus, netsuite, new SalesOrderMapper(properties.bodyFields()),
                properties, outbox, codec, transaction, buyers, sent, SyncLag.of(meters, "order", "netsuite"), traces);
    }

    @Bean
    ParkedItems parkedOrders() {
        return new ParkedItems("order", "select count(*) from order_state where state = 'PARKED'");
    }

    @Bean
    ParkedItems parkedFulfilments() {
        return new ParkedItems("fulfilment", "select count(*) from fulfilment_shipment where state = 'PARKED'");
    }

    /** The same rows as GET /orders/returns/parked: parked, or waiting for a parked Sales Order. */
    @Bean
    ParkedItems parkedReturns() {
        return new ParkedItems("return",
                "select count(*) from order_return where state in ('PARKED', 'WAITING_FOR_SALES_ORDER')");
    }

    @Bean
    SalesOrderWriteBack salesOrderWriteBack(OrderStateStore states, TikTokShopClient tiktok, TikTokShops shops) {
        return new SalesOrderWriteBack(states, tiktok, shops);
    }

    @Bean
    OrderPoller orderPoller(TikTokShopClient tiktok, OrderRefresher refresher, WatermarkStore watermarks,
            @Value("${hub.orders.poll-overlap:5m}") Duration overlap) {
        return new OrderPoller(tiktok, refresher, watermarks, Clock.systemUTC(), overlap);
    }

    @Bean
    ReturnRefresher returnRefresher(TikTokShopClient tiktok, ReturnStore returns, OrderStateStore states,
            TransactionTemplate transaction) {
        return new ReturnRefresher(tiktok, returns, states, transaction);
    }

    @Bean
    ReturnPoller returnPoller(TikTokShopClient tiktok, ReturnRefresher refresher, WatermarkStore watermarks,
            OrderProperties properties) {
        return new ReturnPoller(tiktok, refresher, watermarks, Clock.systemUTC(), properties.returns().pollOverlap());
    }

    @Bean
    ReturnWriter returnWriter(ReturnStore returns, OrderSnapshotStore snapshots, OrderStateStore states,
            SkuMappingReplica skus, NetSuiteGateway netsuite, OrderProperties properties,
            TransactionTemplate transaction, OutboxWriter outbox, EventCodec codec) {
        return new ReturnWriter(returns, snapshots, states, skus, netsuite, properties, transaction, outbox, codec);
    }
}
