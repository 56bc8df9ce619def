package io.suitetok.localstack;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Where to look while the stack keeps running after its report, as commands to paste. */
final class StackUrls {

    private StackUrls() {
    }

    static String of(RunningHub hub, Simulators simulators, Infrastructure infrastructure, String sampleOrderId,
            String sampleSku) {
        String order = sampleOrderId == null ? "<orderId>" : sampleOrderId;
        String sku = sampleSku == null ? "<sellerSku>" : sampleSku;
        String viewer = "curl -H 'Authorization: Bearer " + LocalCallers.VIEWER_TOKEN + "' ";
        String ops = "curl -X POST -H 'Authorization: Bearer " + LocalCallers.OPS_TOKEN + "' ";
        String finance = "curl -H 'Authorization: Bearer " + LocalCallers.FINANCE_TOKEN + "' ";
        String readNow = "curl -X POST -H 'Authorization: Bearer " + LocalCallers.FINANCE_TOKEN + "' ";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String period = "?from=" + today + "&to=" + today.plusDays(1);
        String usShop = hub.settlementUrl() + "/finance/shops/7495000000000000001";
        return String.join("\n",
                "",
                "The hub keeps running (Ctrl+C stops it). Every ops endpoint needs a bearer token; this stack's",
                "callers are local-viewer " + LocalCallers.VIEWER_TOKEN + ", local-ops " + LocalCallers.OPS_TOKEN
                        + ", local-finance " + LocalCallers.FINANCE_TOKEN + ":",
                "  order-sync-service      " + hub.ordersUrl(),
                "    journey of an order   " + viewer + hub.ordersUrl() + "/orders/" + order + "/journey",
                "    parked orders         " + viewer + hub.ordersUrl() + "/orders/parked",
                "    parked fulfilments    " + viewer + hub.ordersUrl() + "/orders/fulfilments/parked",
                "  inventory-sync-service  " + hub.inventoryUrl(),
                "    why a SKU shows N     " + viewer + hub.inventoryUrl() + "/inventory/shops/7495000000000000001/skus/"
                        + sku,
                "    full recalculation    " + ops + hub.inventoryUrl() + "/inventory/recalculations",
                "  pricing-sync-service    " + hub.pricingUrl(),
                "    why a SKU shows £/$   " + viewer + hub.pricingUrl() + "/pricing/shops/7495000000000000002/skus/"
                        + sku,
                "    parked prices         " + viewer + hub.pricingUrl() + "/pricing/parked",
                "  catalog-sync-service    " + hub.catalogUrl(),
                "    parked items          " + viewer + hub.catalogUrl() + "/catalog/parked",
                "    publish everything    " + ops + hub.catalogUrl() + "/catalog/publish",
                "  settlement-service      " + hub.settlementUrl() + "  (finance role)",
                "    statements of today   " + finance + "'" + usShop + "/statements" + period + "'",
                "    one statement, lines  " + finance + hub.settlementUrl() + "/finance/statements/<statementId>",
                "    unmatched lines       " + finance + "'" + usShop + "/unmatched" + period + "'",
                "    reconciliation        " + finance + "'" + usShop + "/reconciliation" + period + "'",
                "    GL postings           " + finance + "'" + usShop + "/postings" + period + "'",
                "    read statements now   " + readNow + usShop + "/read",
                "  who did what            " + viewer + hub.ordersUrl() + "/audit  (each service keeps its own)",
                "  probes and metrics      " + hub.orders().managementUrl() + ", "
                        + hub.inventory().managementUrl() + ", " + hub.catalog().managementUrl()
                        + ", " + hub.pricing().managementUrl() + ", "
                        + hub.settlement().managementUrl()
                        + "  + /actuator/health/readiness, /actuator/prometheus (management ports, no token)",
                "  TikTok Shop simulator   " + simulators.tiktok.baseUrl() + "/sandbox/shops",
                "    orders / stock        " + simulators.tiktok.baseUrl() + "/sandbox/orders?shop_id=7495000000000000001"
                        + "  " + simulators.tiktok.baseUrl() + "/sandbox/stock?shop_id=7495000000000000001",
                "    webhooks delivered    " + simulators.tiktok.baseUrl() + "/sandbox/webhooks",
                "  NetSuite simulator      " + simulators.netsuite.adminEndpoint() + "/health",
                "    Sales Orders          " + simulators.netsuite.adminEndpoint() + "/records/salesOrder",
                "    fulfilments / stock   " + simulators.netsuite.adminEndpoint() + "/records/itemFulfillment  "
                        + simulators.netsuite.adminEndpoint() + "/stock",
                "    prices, rates         " + simulators.netsuite.adminEndpoint() + "/pricing",
                "    SOAP endpoint         " + simulators.netsuite.soapEndpoint(),
                "  Kafka                   kafka-console-consumer --bootstrap-server "
                        + infrastructure.kafkaBootstrapServers() + " --topic orders.v1 --from-beginning",
                "  PostgreSQL              " + infrastructure.jdbcUrl()
                        + "  (schemas catalog_sync, order_sync, inventory_sync, pricing_sync, settlement)",
                "");
    }
}
