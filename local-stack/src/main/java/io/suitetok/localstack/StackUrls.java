package io.suitetok.localstack;

/** Where to look while the stack keeps running after its report. */
final class StackUrls {

    private StackUrls() {
    }

    static String of(RunningHub hub, Simulators simulators, Infrastructure infrastructure, String sampleOrderId,
            String sampleSku) {
        String order = sampleOrderId == null ? "<orderId>" : sampleOrderId;
        String sku = sampleSku == null ? "<sellerSku>" : sampleSku;
        return String.join("\n",
                "",
                "The hub keeps running (Ctrl+C stops it). Where to look:",
                "  order-sync-service      " + hub.ordersUrl(),
                "    journey of an order   " + hub.ordersUrl() + "/orders/" + order + "/journey",
                "    parked orders         " + hub.ordersUrl() + "/orders/parked",
                "    parked fulfilments    " + hub.ordersUrl() + "/orders/fulfilments/parked",
                "  inventory-sync-service  " + hub.inventoryUrl(),
                "    why a SKU shows N     " + hub.inventoryUrl() + "/inventory/shops/7495000000000000001/skus/" + sku,
                "    full recalculation    curl -X POST " + hub.inventoryUrl() + "/inventory/recalculations",
                "  catalog-sync-service    " + hub.catalogUrl(),
                "    parked items          " + hub.catalogUrl() + "/catalog/parked",
                "    publish everything    curl -X POST " + hub.catalogUrl() + "/catalog/publish",
                "  each service            <base>/actuator/health/readiness, <base>/actuator/prometheus",
                "  TikTok Shop simulator   " + simulators.tiktok.baseUrl() + "/sandbox/shops",
                "    orders / stock        " + simulators.tiktok.baseUrl() + "/sandbox/orders?shop_id=7495000000000000001"
                        + "  " + simulators.tiktok.baseUrl() + "/sandbox/stock?shop_id=7495000000000000001",
                "    webhooks delivered    " + simulators.tiktok.baseUrl() + "/sandbox/webhooks",
                "  NetSuite simulator      " + simulators.netsuite.adminEndpoint() + "/health",
                "    Sales Orders          " + simulators.netsuite.adminEndpoint() + "/records/salesOrder",
                "    fulfilments / stock   " + simulators.netsuite.adminEndpoint() + "/records/itemFulfillment  "
                        + simulators.netsuite.adminEndpoint() + "/stock",
                "    SOAP endpoint         " + simulators.netsuite.soapEndpoint(),
                "  Kafka                   kafka-console-consumer --bootstrap-server "
                        + infrastructure.kafkaBootstrapServers() + " --topic orders.v1 --from-beginning",
                "  PostgreSQL              " + infrastructure.jdbcUrl()
                        + "  (schemas catalog_sync, order_sync, inventory_sync)",
                "");
    }
}
