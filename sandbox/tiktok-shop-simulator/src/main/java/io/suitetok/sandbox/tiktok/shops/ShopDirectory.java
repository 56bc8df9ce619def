package io.suitetok.sandbox.tiktok.shops;

import io.suitetok.sandbox.tiktok.shops.SimWarehouse.WarehouseAddress;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The default seller and its two shops, fixed so that tests, the local stack and the README can
 * name them: a US shop selling in USD from two sales warehouses (plus a returns warehouse), and a
 * UK shop selling in GBP from one.
 */
@Component
public class ShopDirectory {

    public static final String SELLER_ID = "7000000000000000001";
    public static final String US_SHOP_ID = "7495000000000000001";
    public static final String UK_SHOP_ID = "7495000000000000002";
    public static final String US_CIPHER = "TTP_sandbox_us_cipher_0001";
    public static final String UK_CIPHER = "ROW_sandbox_uk_cipher_0002";
    public static final String US_AUTH_CODE = "sandbox-auth-code-us";
    public static final String UK_AUTH_CODE = "sandbox-auth-code-uk";
    /** One code that authorizes both shops, as a seller authorizing once for all shops would. */
    public static final String SELLER_AUTH_CODE = "sandbox-auth-code-seller";
    public static final String US_EAST_WAREHOUSE = "7100000000000000011";
    public static final String US_WEST_WAREHOUSE = "7100000000000000012";
    public static final String US_RETURNS_WAREHOUSE = "7100000000000000013";
    public static final String UK_WAREHOUSE = "7100000000000000021";

    private final Seller seller = new Seller(SELLER_ID, "SuiteTok Sandbox Seller", "US", "sandbox-open-id-0001");

    private final List<Shop> shops = List.of(
            new Shop(US_SHOP_ID, "SuiteTok Sandbox US", "US", "USD", "LOCAL", US_CIPHER, "USSBX0001", US_AUTH_CODE,
                    new BigDecimal("0.0825"), List.of(
                            new SimWarehouse(US_EAST_WAREHOUSE, "Sandbox US East", true, SimWarehouse.SALES,
                                    "DOMESTIC_WAREHOUSE", new WarehouseAddress("US", "New Jersey", "Edison", "08817",
                                            "100 Fulfillment Way, Edison, NJ 08817", "Dock Manager", "(+1)7325550100")),
                            new SimWarehouse(US_WEST_WAREHOUSE, "Sandbox US West", false, SimWarehouse.SALES,
                                    "DOMESTIC_WAREHOUSE", new WarehouseAddress("US", "California", "Ontario", "91761",
                                            "200 Logistics Ave, Ontario, CA 91761", "Dock Manager", "(+1)9095550100")),
                            new SimWarehouse(US_RETURNS_WAREHOUSE, "Sandbox US Returns", false, SimWarehouse.RETURNS,
                                    "DOMESTIC_WAREHOUSE", new WarehouseAddress("US", "New Jersey", "Edison", "08817",
                                            "102 Fulfillment Way, Edison, NJ 08817", "Returns Desk",
                                            "(+1)7325550101")))),
            new Shop(UK_SHOP_ID, "SuiteTok Sandbox UK", "GB", "GBP", "LOCAL", UK_CIPHER, "GBSBX0002", UK_AUTH_CODE,
                    BigDecimal.ZERO, List.of(
                            new SimWarehouse(UK_WAREHOUSE, "Sandbox UK Midlands", true, SimWarehouse.SALES,
                                    "DOMESTIC_WAREHOUSE", new WarehouseAddress("GB", "England", "Coventry", "CV1 2AA",
                                            "1 Depot Road, Coventry CV1 2AA", "Dock Manager", "(+44)2475550100")))));

    public Seller seller() {
        return seller;
    }

    public List<Shop> shops() {
        return shops;
    }

    public Optional<Shop> byId(String shopId) {
        return shops.stream().filter(s -> s.id().equals(shopId)).findFirst();
    }

    public Optional<Shop> byCipher(String cipher) {
        return shops.stream().filter(s -> s.cipher().equals(cipher)).findFirst();
    }

    public Shop require(String shopId) {
        return byId(shopId).orElseThrow(() -> new IllegalArgumentException("no shop " + shopId));
    }
}
