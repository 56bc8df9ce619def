package io.suitetok.sandbox.tiktok.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.tiktok.http.ApiEndpoint;
import io.suitetok.tiktok.http.ShopScope;
import io.suitetok.tiktok.http.TikTokEndpoints;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The simulator's endpoint table against TikTok's documented paths, and the client's table against
 * the simulator's (a contract test: the two are written apart, so a wrong path on either side shows).
 */
class EndpointTableTest {

    /**
     * Method, path and whether {@code shop_cipher} is taken, as the shared reference notes record them
     * (§1.2 cipher rules, §3.1 orders, §3.4 returns, §4.1 products, §5 stock, price and logistics, §6
     * finance, §2.3 webhook subscriptions; fulfilment and promotion paths from lywzx's generated docs).
     */
    private static final List<String> DOCUMENTED = List.of(
            "GET /authorization/202309/shops no-cipher",
            "POST /order/202309/orders/search cipher",
            "GET /order/202309/orders cipher",
            "POST /order/202309/orders/external_orders cipher",
            "GET /order/202309/orders/{order_id}/external_orders cipher",
            "POST /return_refund/202309/cancellations/search cipher",
            "POST /return_refund/202309/returns/search cipher",
            "GET /return_refund/202309/returns/{return_id}/records cipher",
            "POST /product/202309/products cipher",
            "PUT /product/202309/products/{product_id} cipher",
            "POST /product/202309/products/{product_id}/partial_edit cipher",
            "GET /product/202309/products/{product_id} cipher",
            "POST /product/202309/products/search cipher",
            "POST /product/202309/products/activate cipher",
            "POST /product/202309/products/deactivate cipher",
            "POST /product/202309/images/upload no-cipher",
            "GET /product/202309/categories/{category_id}/rules cipher",
            "GET /product/202309/categories/{category_id}/attributes cipher",
            "POST /product/202309/products/{product_id}/inventory/update cipher",
            "POST /product/202309/products/{product_id}/prices/update cipher",
            "POST /promotion/202309/activities cipher",
            "PUT /promotion/202309/activities/{activity_id}/products cipher",
            "POST /promotion/202309/activities/{activity_id}/deactivate cipher",
            "POST /promotion/202309/activities/search cipher",
            "GET /logistics/202309/warehouses cipher",
            "GET /logistics/202309/warehouses/{warehouse_id}/delivery_options cipher",
            "GET /logistics/202309/delivery_options/{delivery_option_id}/shipping_providers cipher",
            "POST /fulfillment/202309/packages/{package_id}/ship cipher",
            "POST /fulfillment/202309/orders/{order_id}/packages cipher",
            "GET /fulfillment/202309/packages/{package_id} cipher",
            "GET /finance/202309/statements cipher",
            "GET /finance/202309/statements/{statement_id}/statement_transactions cipher",
            "GET /finance/202309/orders/{order_id}/statement_transactions cipher",
            "GET /finance/202309/payments cipher",
            "GET /event/202309/webhooks cipher",
            "PUT /event/202309/webhooks cipher");

    private static String described(Endpoint endpoint) {
        return endpoint.method() + " " + endpoint.pathTemplate() + (endpoint.shopScoped() ? " cipher" : " no-cipher");
    }

    @Test
    void everyEndpointTheSimulatorServesIsADocumentedOne() {
        assertThat(Endpoints.ALL).map(EndpointTableTest::described).containsExactlyInAnyOrderElementsOf(DOCUMENTED);
    }

    @Test
    void theClientCallsEachEndpointAsTheSimulatorServesIt() {
        for (ApiEndpoint client : TikTokEndpoints.ALL) {
            Optional<Endpoint> served = Endpoints.ALL.stream().filter(e -> e.name().equals(client.name())).findFirst();
            assertThat(served).as(client.name()).hasValueSatisfying(endpoint -> {
                assertThat(endpoint.method()).as(client.name()).isEqualTo(client.method());
                assertThat(endpoint.pathTemplate()).as(client.name()).isEqualTo(client.pathTemplate());
                assertThat(endpoint.shopScoped()).as(client.name()).isEqualTo(client.scope() == ShopScope.SHOP);
            });
        }
    }

    @Test
    void aPathWithAnotherVersionIsNotServed() {
        assertThat(Endpoints.find("POST", "/order/202309/orders/search")).isPresent();
        assertThat(Endpoints.find("POST", "/order/202507/orders/search")).isEmpty();
        assertThat(Endpoints.find("GET", "/order/202309/orders/search")).isEmpty();
    }
}
