package io.suitetok.localstack;

import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Item;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Merchandising;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Price;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Stock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small apparel and homeware merchant's NetSuite account: a US and a UK subsidiary (USD, GBP), two
 * US distribution centres feeding TikTok's US East warehouse and one UK centre feeding the UK
 * warehouse, two price levels, a default customer per TikTok shop, the GL accounts TikTok's statements
 * post to, and items: matrix tees and hoodies in colours and sizes, and plain mugs and kitchen storage.
 * Every item sells in both shops.
 */
final class NetSuiteEstate {

    static final String USD = "1";
    static final String GBP = "2";
    static final String US_SUBSIDIARY = "10";
    static final String UK_SUBSIDIARY = "20";
    static final String CHICAGO = "101";
    static final String DALLAS = "102";
    static final String MIDLANDS = "201";
    /** Where the UK warehouse puts returned goods it cannot sell again; no TikTok warehouse is fed from it. */
    static final String MIDLANDS_RETURNS = "202";
    /** The account US Customer Refunds are paid from: TikTok's clearing account (TikTok pays the buyer). */
    static final String TIKTOK_CLEARING_ACCOUNT = "1190";
    /** The rest of the US books settlement posts to (see {@link #chartOfAccounts()}). */
    static final String US_RECEIVABLE = "1200";
    static final String US_BANK = "1010";
    static final String US_SUSPENSE = "1999";
    static final String US_SALES_TAX = "2200";
    static final String US_REFERRAL = "6100";
    static final String US_TRANSACTION = "6110";
    static final String US_SHIPPING = "6120";
    static final String US_REFUND_ADMIN = "6140";
    static final String US_AFFILIATE = "6150";
    static final String US_COMPENSATION = "4900";
    static final String US_PLATFORM_DISCOUNT = "4910";
    /** The UK books: their own clearing, bank and fee accounts, in pounds. */
    static final String UK_CLEARING = "1191";
    static final String UK_RECEIVABLE = "1201";
    static final String UK_BANK = "1011";
    static final String UK_SUSPENSE = "1998";
    static final String UK_COMMISSION = "6101";
    static final String UK_SHIPPING = "6121";
    static final String UK_REFUND_ADMIN = "6141";
    static final String UK_AFFILIATE = "6151";
    static final String UK_COMPENSATION = "4901";
    static final String UK_PLATFORM_DISCOUNT = "4911";
    static final String BASE_PRICE = "1";
    static final String ONLINE_PRICE = "2";
    static final String US_DEFAULT_CUSTOMER = "501";
    static final String UK_DEFAULT_CUSTOMER = "502";
    static final int SAFETY_STOCK_UNITS = 2;

    /** NetSuite ship methods (internal ids) to TikTok shipping providers, per market. */
    static final String UPS_GROUND = "21";
    static final String USPS_PRIORITY = "22";
    static final String FEDEX_HOME = "23";
    static final String ROYAL_MAIL_48 = "31";
    static final String DPD_NEXT_DAY = "32";
    static final Map<String, String> US_CARRIERS = Map.of(UPS_GROUND, "7117858858072016687",
            USPS_PRIORITY, "7117858858072016686", FEDEX_HOME, "7117858858072016688");
    static final Map<String, String> UK_CARRIERS = Map.of(ROYAL_MAIL_48, "7117859084333745966",
            DPD_NEXT_DAY, "7117859084333745967");

    private static final List<String> TEE_STYLES = List.of("Classic Crew Tee", "Organic Cotton Tee",
            "Heavyweight Tee", "Pocket Tee", "Vintage Wash Tee", "Slub Jersey Tee", "Ringer Tee", "Boxy Fit Tee",
            "Raglan Tee", "Longline Tee", "Henley Tee", "Linen Blend Tee");
    private static final List<String> TEE_COLOURS = List.of("Black", "White", "Navy");
    private static final List<String> HOODIE_STYLES = List.of("Pullover Hoodie", "Zip Hoodie", "Fleece Hoodie",
            "Heavyweight Hoodie", "Cropped Hoodie", "Tech Hoodie", "Garment Dyed Hoodie", "Oversized Hoodie");
    private static final List<String> HOODIE_COLOURS = List.of("Black", "Grey");
    private static final List<String> SIZES = List.of("S", "M", "L", "XL");
    /** code, title, NetSuite class, material (Mugs need one of TikTok's materials). */
    private static final List<String[]> HOMEWARE = List.of(
            new String[] {"MUG-CER", "Ceramic Mug 11oz", "Mugs", "Ceramic"},
            new String[] {"MUG-TRV", "Insulated Travel Mug", "Mugs", "Stainless Steel"},
            new String[] {"MUG-LRG", "Large Ceramic Mug 15oz", "Mugs", "Ceramic"},
            new String[] {"MUG-GLS", "Double-Wall Glass Mug", "Mugs", "Glass"},
            new String[] {"CUP-ESP", "Espresso Cup", "Mugs", "Ceramic"},
            new String[] {"JAR-STO", "Storage Jar", "Storage", null},
            new String[] {"CAN-TEA", "Tea Canister", "Storage", null},
            new String[] {"BOX-LUN", "Lunch Box", "Storage", null});
    private static final List<String> HOMEWARE_COLOURS = List.of("White", "Black", "Sage", "Navy", "Clay", "Sand",
            "Red", "Blue");

    /** One NetSuite item that sells as one TikTok SKU per shop. */
    record SellableItem(String sellerSku, String internalId, String family, BigDecimal usdPrice, BigDecimal gbpPrice) {

        BigDecimal price(String currency) {
            return "GBP".equals(currency) ? gbpPrice : usdPrice;
        }
    }

    /**
     * @param families    listings per shop: matrix parents and plain items
     * @param preOrderSku the SKU the merchant sells as a pre-order on TikTok (a travel mug due next month)
     */
    record Estate(SeedRequest seed, List<SellableItem> sellable, int families, String preOrderSku) {
    }

    private final ImageServer images;
    private final Random random;
    private int nextInternalId = 1000;

    NetSuiteEstate(ImageServer images, long seed) {
        this.images = images;
        this.random = new Random(seed);
    }

    /** Roughly half the items are tees, a quarter hoodies and the rest plain homeware; {@code items} in all. */
    Estate build(int items) {
        List<Item> seeded = new ArrayList<>();
        List<SellableItem> sellable = new ArrayList<>();
        int teeFamilySize = TEE_COLOURS.size() * SIZES.size() + 1;
        int hoodieFamilySize = HOODIE_COLOURS.size() * SIZES.size() + 1;
        int tees = Math.min(TEE_STYLES.size(), Math.max(1, items / 2 / teeFamilySize));
        int hoodies = Math.min(HOODIE_STYLES.size(), Math.max(1, items / 4 / hoodieFamilySize));
        int plain = Math.min(HOMEWARE.size() * HOMEWARE_COLOURS.size(),
                Math.max(1, items - tees * teeFamilySize - hoodies * hoodieFamilySize));
        for (int i = 0; i < tees; i++) {
            matrix(seeded, sellable, "TEE-" + (i + 1), TEE_STYLES.get(i), "Tees", TEE_COLOURS,
                    List.of("24.99", "27.00", "29.99", "22.50"), List.of("19.99", "22.00", "24.99", "18.50"));
        }
        for (int i = 0; i < hoodies; i++) {
            matrix(seeded, sellable, "HOOD-" + (i + 1), HOODIE_STYLES.get(i), "Hoodies", HOODIE_COLOURS,
                    List.of("49.99", "54.00", "59.99"), List.of("42.99", "45.00", "49.99"));
        }
        String preOrderSku = null;
        for (int i = 0; i < plain; i++) {
            String[] kind = HOMEWARE.get(i % HOMEWARE.size());
            String colour = HOMEWARE_COLOURS.get(i / HOMEWARE.size());
            String sku = kind[0] + "-" + colour.toUpperCase();
            plain(seeded, sellable, sku, kind[1] + " " + colour, kind[2], kind[3]);
            if (preOrderSku == null && kind[0].equals("MUG-TRV")) {
                preOrderSku = sku;
            }
        }
        SeedRequest seed = new SeedRequest(
                List.of(new SeedRequest.Currency(USD, "USD"), new SeedRequest.Currency(GBP, "GBP")),
                List.of(new SeedRequest.Subsidiary(US_SUBSIDIARY, "SuiteTok Apparel Inc.", USD),
                        new SeedRequest.Subsidiary(UK_SUBSIDIARY, "SuiteTok Apparel Ltd", GBP)),
                List.of(new SeedRequest.Location(CHICAGO, "Chicago DC", US_SUBSIDIARY),
                        new SeedRequest.Location(DALLAS, "Dallas DC", US_SUBSIDIARY),
                        new SeedRequest.Location(MIDLANDS, "Midlands DC", UK_SUBSIDIARY),
                        new SeedRequest.Location(MIDLANDS_RETURNS, "Midlands returns (damaged)", UK_SUBSIDIARY)),
                List.of(new SeedRequest.PriceLevel(BASE_PRICE, "Base Price"),
                        new SeedRequest.PriceLevel(ONLINE_PRICE, "Online Price")),
                List.of(new SeedRequest.Customer(US_DEFAULT_CUSTOMER, "TTS-DEFAULT-US", "TikTok Shop US buyers", null,
                                null, null, US_SUBSIDIARY, USD, BASE_PRICE),
                        new SeedRequest.Customer(UK_DEFAULT_CUSTOMER, "TTS-DEFAULT-UK", "TikTok Shop UK buyers", null,
                                null, null, UK_SUBSIDIARY, GBP, BASE_PRICE)),
                seeded, List.of(), chartOfAccounts());
        return new Estate(seed, sellable, tees + hoodies + plain, preOrderSku);
    }

    /**
     * The GL accounts settlement-service posts Journal Entries and Deposits to, one set per subsidiary: once
     * a chart is seeded, the simulator refuses an account that is missing, inactive or not the subsidiary's.
     */
    static List<SeedRequest.Account> chartOfAccounts() {
        return List.of(
                account(US_BANK, "Operating Bank USD", "_bank", US_SUBSIDIARY),
                account(US_RECEIVABLE, "TikTok Receivable USD", "_accountsReceivable", US_SUBSIDIARY),
                account(TIKTOK_CLEARING_ACCOUNT, "TikTok Clearing USD", "_otherCurrentAsset", US_SUBSIDIARY),
                account(US_SUSPENSE, "TikTok Suspense USD", "_otherCurrentAsset", US_SUBSIDIARY),
                account(US_SALES_TAX, "Marketplace sales tax withheld", "_otherCurrentLiability", US_SUBSIDIARY),
                account(US_REFERRAL, "TikTok Referral Fee", "_expense", US_SUBSIDIARY),
                account(US_TRANSACTION, "TikTok Transaction Fee", "_expense", US_SUBSIDIARY),
                account(US_SHIPPING, "TikTok Shipping Labels USD", "_expense", US_SUBSIDIARY),
                account(US_REFUND_ADMIN, "TikTok Refund Administration USD", "_expense", US_SUBSIDIARY),
                account(US_AFFILIATE, "TikTok Affiliate Commission USD", "_expense", US_SUBSIDIARY),
                account(US_COMPENSATION, "TikTok Compensation USD", "_otherIncome", US_SUBSIDIARY),
                account(US_PLATFORM_DISCOUNT, "TikTok Platform Discounts Reclaimed USD", "_income", US_SUBSIDIARY),
                account(UK_BANK, "Operating Bank GBP", "_bank", UK_SUBSIDIARY),
                account(UK_RECEIVABLE, "TikTok Receivable GBP", "_accountsReceivable", UK_SUBSIDIARY),
                account(UK_CLEARING, "TikTok Clearing GBP", "_otherCurrentAsset", UK_SUBSIDIARY),
                account(UK_SUSPENSE, "TikTok Suspense GBP", "_otherCurrentAsset", UK_SUBSIDIARY),
                account(UK_COMMISSION, "TikTok Platform Commission", "_expense", UK_SUBSIDIARY),
                account(UK_SHIPPING, "TikTok Shipping Labels GBP", "_expense", UK_SUBSIDIARY),
                account(UK_REFUND_ADMIN, "TikTok Refund Administration GBP", "_expense", UK_SUBSIDIARY),
                account(UK_AFFILIATE, "TikTok Affiliate Commission GBP", "_expense", UK_SUBSIDIARY),
                account(UK_COMPENSATION, "TikTok Compensation GBP", "_otherIncome", UK_SUBSIDIARY),
                account(UK_PLATFORM_DISCOUNT, "TikTok Platform Discounts Reclaimed GBP", "_income", UK_SUBSIDIARY));
    }

    private static SeedRequest.Account account(String internalId, String name, String type, String subsidiary) {
        return new SeedRequest.Account(internalId, internalId, name, type, List.of(subsidiary), null, false);
    }

    private void matrix(List<Item> seeded, List<SellableItem> sellable, String code, String title, String className,
            List<String> colours, List<String> usdPrices, List<String> gbpPrices) {
        String parentId = String.valueOf(nextInternalId++);
        seeded.add(new Item(parentId, null, code, title, null, "parent", null, Map.of(), false, subsidiaries(),
                List.of(), List.of(), merchandising(code, title, className, null)));
        int tier = random.nextInt(usdPrices.size());
        BigDecimal usd = new BigDecimal(usdPrices.get(tier));
        BigDecimal gbp = new BigDecimal(gbpPrices.get(tier));
        for (String colour : colours) {
            for (String size : SIZES) {
                String sku = code + "-" + colour.substring(0, 3).toUpperCase() + "-" + size;
                Map<String, String> options = new LinkedHashMap<>();
                options.put("custitem_color", colour);
                options.put("custitem_size", size);
                // Bigger sizes cost a little more, as apparel usually does.
                BigDecimal uplift = size.equals("XL") ? new BigDecimal("2.00") : BigDecimal.ZERO;
                String internalId = String.valueOf(nextInternalId++);
                seeded.add(new Item(internalId, null, sku, title + " " + colour + " " + size, null, "child", parentId,
                        options, false, subsidiaries(), prices(usd.add(uplift), gbp.add(uplift)), stock(), null));
                sellable.add(new SellableItem(sku, internalId, code, usd.add(uplift), gbp.add(uplift)));
            }
        }
    }

    private void plain(List<Item> seeded, List<SellableItem> sellable, String sku, String title, String className,
            String material) {
        String internalId = String.valueOf(nextInternalId++);
        BigDecimal usd = new BigDecimal(List.of("12.50", "14.99", "16.00", "18.99", "24.00").get(random.nextInt(5)));
        BigDecimal gbp = new BigDecimal(List.of("9.99", "11.50", "12.99", "14.99", "19.00").get(random.nextInt(5)));
        seeded.add(new Item(internalId, null, sku, title, null, null, null, Map.of(), false, subsidiaries(),
                prices(usd, gbp), stock(), merchandising(sku, title, className, material)));
        sellable.add(new SellableItem(sku, internalId, sku, usd, gbp));
    }

    private static List<String> subsidiaries() {
        return List.of(US_SUBSIDIARY, UK_SUBSIDIARY);
    }

    /** Base price in both currencies (what a new listing starts at), and an online level 10 % lower. */
    static List<Price> prices(BigDecimal usd, BigDecimal gbp) {
        BigDecimal online = new BigDecimal("0.90");
        return List.of(new Price(BASE_PRICE, USD, usd), new Price(BASE_PRICE, GBP, gbp),
                new Price(ONLINE_PRICE, USD, usd.multiply(online).setScale(2, java.math.RoundingMode.HALF_UP)),
                new Price(ONLINE_PRICE, GBP, gbp.multiply(online).setScale(2, java.math.RoundingMode.HALF_UP)));
    }

    /** Chicago carries most, Dallas tops it up (sometimes nothing), Midlands serves the UK. */
    private List<Stock> stock() {
        return List.of(new Stock(CHICAGO, BigDecimal.valueOf(15 + random.nextInt(50)), BigDecimal.ZERO),
                new Stock(DALLAS, BigDecimal.valueOf(random.nextInt(4) == 0 ? 0 : random.nextInt(30)),
                        BigDecimal.valueOf(random.nextInt(3) == 0 ? 24 : 0)),
                new Stock(MIDLANDS, BigDecimal.valueOf(10 + random.nextInt(40)), BigDecimal.ZERO));
    }

    private Merchandising merchandising(String code, String title, String className, String material) {
        String slug = code.toLowerCase();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("custitem_tiktok_image_urls", images.url(800, 800, slug + "-front.png") + "\n"
                + images.url(1000, 1000, slug + "-detail.png"));
        // Metric, as a merchant with a UK subsidiary keeps it: TikTok UK takes only kilograms and centimetres.
        fields.put("custitem_pkg_length", "25");
        fields.put("custitem_pkg_width", "20");
        fields.put("custitem_pkg_height", className.equals("Mugs") || className.equals("Storage") ? "15" : "5");
        fields.put("custitem_pkg_dimension_unit", "cm");
        if (material != null) {
            fields.put("custitem_material", material);
        }
        String description = "<p>" + title + ", made to last and shipped from our own warehouses.</p>";
        String british = "<p>" + title.replace("Color", "Colour") + ", made to last and dispatched from our UK "
                + "warehouse.</p>";
        return new Merchandising(description, title, description, className,
                className.equals("Hoodies") ? new BigDecimal("0.65") : new BigDecimal("0.3"), "kg", fields,
                Map.of("en_GB", new SeedRequest.Translation(title, british)));
    }
}
