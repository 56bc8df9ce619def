package io.suitetok.netsuite.rest;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import io.suitetok.netsuite.gateway.ItemPrice;
import io.suitetok.netsuite.gateway.ItemPricing;
import io.suitetok.netsuite.gateway.ItemSnapshot;
import io.suitetok.netsuite.gateway.PriceBreak;
import io.suitetok.netsuite.gateway.PromotionSnapshot;
import io.suitetok.netsuite.gateway.ScheduledPrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * REST record API answers ({@code GET .../<type>/<id>?expandSubResources=true}) and SuiteQL rows as the
 * gateway's read records, filled exactly as the SOAP adapter's mappers fill them. References are
 * {@code {"id": ..., "refName": ...}}, a sublist is {@code {"items": [...]}}, custom fields sit at the top
 * level under their script ids, and an empty field is left out.
 */
final class RestReadMapping {

    private RestReadMapping() {
    }

    // ---- inventory items ----------------------------------------------------------------------------

    static ItemSnapshot item(JsonNode item) {
        return new ItemSnapshot(new NetSuiteInternalId(item.path("id").asString()),
                new SellerSku(text(item, "itemId")), text(item, "displayName"), text(item, "upcCode"),
                id(item.path("parent")), role(item.path("matrixType").path("id").asString("")),
                matrixOptions(item), item.path("isInactive").asBoolean(false), singleUnitPrices(item),
                instant(item, "lastModifiedDate"), merchandising(item));
    }

    /**
     * One item's matrix from its rows of {@link SuiteQl#itemPricing}, in the rows' order; a row without a price
     * level (the item has no prices) or without a price adds no cell.
     */
    static ItemPricing pricing(List<JsonNode> rows) {
        JsonNode head = rows.get(0);
        List<PriceBreak> breaks = new ArrayList<>();
        for (JsonNode row : rows) {
            NetSuiteInternalId level = idColumn(row, "pricelevel");
            BigDecimal price = decimalOrNull(row, "unitprice");
            if (level != null && price != null) {
                breaks.add(new PriceBreak(level, idColumn(row, "currency"), decimal(row, "quantity"), price));
            }
        }
        return new ItemPricing(new NetSuiteInternalId(head.path("item").asString()), new SellerSku(text(head,
                "itemid")), "T".equals(head.path("pricesincludetax").asString("F")), breaks,
                instant(head, "lastmodifieddate"));
    }

    /** The price sublist's cells that have a price: one without is a level the item is not sold at. */
    private static List<JsonNode> cells(JsonNode item) {
        List<JsonNode> cells = new ArrayList<>();
        for (JsonNode cell : item.path("price").path("items")) {
            if (cell.hasNonNull("price") && !cell.path("priceLevel").isMissingNode()) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** Per price level and currency, in the matrix's order, the price for quantity 0 (the single-unit price). */
    private static List<ItemPrice> singleUnitPrices(JsonNode item) {
        Map<String, ItemPrice> prices = new LinkedHashMap<>();
        for (JsonNode cell : cells(item)) {
            boolean singleUnit = !cell.hasNonNull("quantity") || decimal(cell, "quantity").signum() == 0;
            NetSuiteInternalId level = id(cell.path("priceLevel"));
            NetSuiteInternalId currency = id(cell.path("currency"));
            if (singleUnit) {
                prices.putIfAbsent(level + "/" + currency, new ItemPrice(level, currency, decimal(cell, "price")));
            }
        }
        return List.copyOf(prices.values());
    }

    private static ItemSnapshot.MatrixRole role(String matrixType) {
        return switch (matrixType) {
            case "" -> ItemSnapshot.MatrixRole.STANDALONE;
            case "PARENT" -> ItemSnapshot.MatrixRole.PARENT;
            default -> ItemSnapshot.MatrixRole.CHILD;
        };
    }

    private static Map<String, String> matrixOptions(JsonNode item) {
        Map<String, String> options = new LinkedHashMap<>();
        for (JsonNode option : item.path("matrixOption").path("items")) {
            String scriptId = text(option, "scriptId");
            String value = text(option.path("value"), "refName");
            if (scriptId != null && value != null) {
                options.put(scriptId, value);
            }
        }
        return options;
    }

    private static ItemSnapshot.Merchandising merchandising(JsonNode item) {
        return new ItemSnapshot.Merchandising(text(item, "salesDescription"), text(item, "storeDisplayName"),
                text(item, "storeDetailedDescription"), text(item.path("class"), "refName"), decimalOrNull(item, "weight"),
                text(item.path("weightUnit"), "id"), customFields(item), translations(item));
    }

    /**
     * Every custom field as text, as the SOAP adapter gives it: numbers in plain decimal, a choice by its
     * name, several choices by their names joined with ", ".
     */
    private static Map<String, String> customFields(JsonNode item) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : item.propertyNames()) {
            if (!name.startsWith("custitem")) {
                continue;
            }
            JsonNode value = item.get(name);
            String text;
            if (value.isNumber()) {
                text = value.decimalValue().toPlainString();
            } else if (value.isObject() && value.has("items")) {
                List<String> names = new ArrayList<>();
                value.path("items").forEach(choice -> names.add(text(choice, "refName")));
                names.removeIf(Objects::isNull);
                text = names.isEmpty() ? null : String.join(", ", names);
            } else if (value.isObject()) {
                text = text(value, "refName");
            } else {
                text = value.isNull() ? null : value.asString();
            }
            if (text != null) {
                fields.put(name, text);
            }
        }
        return fields;
    }

    private static Map<String, ItemSnapshot.Copy> translations(JsonNode item) {
        Map<String, ItemSnapshot.Copy> copies = new LinkedHashMap<>();
        for (JsonNode translation : item.path("translations").path("items")) {
            String locale = text(translation.path("locale"), "id");
            if (locale != null) {
                copies.put(locale, new ItemSnapshot.Copy(
                        firstText(text(translation, "storeDisplayName"), text(translation, "displayName")),
                        firstText(text(translation, "storeDetailedDescription"),
                                text(translation, "salesDescription"))));
            }
        }
        return copies;
    }

    // ---- item fulfilments ---------------------------------------------------------------------------

    /**
     * Every package with its tracking number: manual ones in {@code package}, those shipped through a
     * carrier integration in that carrier's sublist, read in the SOAP adapter's order.
     */
    static FulfilmentSnapshot fulfilment(JsonNode fulfilment) {
        List<FulfilmentSnapshot.TrackedPackage> packages = new ArrayList<>();
        for (String carrier : List.of("", "Ups", "Usps", "FedEx")) {
            for (JsonNode pkg : fulfilment.path("package" + carrier).path("items")) {
                packages.add(new FulfilmentSnapshot.TrackedPackage(text(pkg, "packageTrackingNumber" + carrier),
                        carrier.equals("FedEx") ? null : text(pkg, "packageDescr" + carrier),
                        decimalOrNull(pkg, "packageWeight" + carrier)));
            }
        }
        List<FulfilmentSnapshot.FulfilledLine> lines = new ArrayList<>();
        for (JsonNode line : fulfilment.path("item").path("items")) {
            if (line.has("itemReceive") && !line.path("itemReceive").asBoolean(true)) {
                continue;
            }
            lines.add(new FulfilmentSnapshot.FulfilledLine(id(line.path("item")), line.path("orderLine").asLong(0),
                    decimal(line, "quantity"), id(line.path("location"))));
        }
        JsonNode shipMethod = fulfilment.path("shipMethod");
        return new FulfilmentSnapshot(new NetSuiteInternalId(fulfilment.path("id").asString()),
                text(fulfilment, "externalId"), text(fulfilment, "tranId"), id(fulfilment.path("createdFrom")),
                shipStatus(text(fulfilment.path("shipStatus"), "id")), text(shipMethod, "refName"), id(shipMethod),
                instant(fulfilment, "shippedDate"), instant(fulfilment, "lastModifiedDate"), packages, lines);
    }

    /** The ship status select's ids as the SOAP enumeration's names (A picked, B packed, C shipped). */
    private static String shipStatus(String id) {
        if (id == null) {
            return null;
        }
        return switch (id) {
            case "A" -> "picked";
            case "B" -> "packed";
            case "C" -> "shipped";
            default -> id;
        };
    }

    // ---- promotions and price schedules -------------------------------------------------------------

    /**
     * As the SOAP adapter reads it: the discount is text in {@code rate} ("15%" or "5.00"); a rate with a
     * percent sign is a percent off, one without is a percent when {@code discountType} is true.
     */
    static PromotionSnapshot promotion(JsonNode promotion) {
        String rate = promotion.path("rate").asString("").strip();
        boolean percentSign = rate.endsWith("%");
        boolean percent = percentSign || promotion.path("discountType").asBoolean(false);
        String number = (percentSign ? rate.substring(0, rate.length() - 1) : rate).strip();
        BigDecimal discount = number.isEmpty() ? null : new BigDecimal(number).abs();
        List<NetSuiteInternalId> items = new ArrayList<>();
        if (!promotion.path("excludeItems").asBoolean(false)) {
            promotion.path("items").path("items").forEach(row -> items.add(id(row.path("item"))));
            items.removeIf(Objects::isNull);
        }
        NetSuiteInternalId currency = null;
        for (JsonNode row : promotion.path("currency").path("items")) {
            currency = id(row.path("currency"));
            if (currency != null) {
                break;
            }
        }
        return new PromotionSnapshot(promotion.path("id").asString(), text(promotion, "code"), text(promotion, "name"),
                percent ? PromotionSnapshot.Kind.PERCENT_OFF : PromotionSnapshot.Kind.AMOUNT_OFF, discount,
                percent ? null : currency, instant(promotion, "startDate"), instant(promotion, "endDate"), items,
                promotion.path("isInactive").asBoolean(false), null);
    }

    /** One SuiteQL row of the price schedule custom record ({@code isinactive} is 'T' or 'F'). */
    static ScheduledPrice schedule(JsonNode row) {
        return new ScheduledPrice(row.path("id").asString(), idColumn(row, "custrecord_stps_item"),
                idColumn(row, "custrecord_stps_price_level"), idColumn(row, "custrecord_stps_currency"),
                decimalOrNull(row, "custrecord_stps_price"), instant(row, "custrecord_stps_effective_from"),
                instant(row, "custrecord_stps_effective_to"), "T".equals(row.path("isinactive").asString("F")),
                instant(row, "lastmodified"));
    }

    // ---- values -------------------------------------------------------------------------------------

    private static NetSuiteInternalId id(JsonNode ref) {
        String id = ref.path("id").asString("");
        return id.isEmpty() ? null : new NetSuiteInternalId(id);
    }

    private static NetSuiteInternalId idColumn(JsonNode row, String column) {
        String id = row.path(column).asString("");
        return id.isEmpty() ? null : new NetSuiteInternalId(id);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static String firstText(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    private static Instant instant(JsonNode node, String field) {
        String value = node.path(field).asString("");
        return value.isEmpty() ? null : Instant.parse(value);
    }

    /** A number as JSON number or string; NetSuite leaves a zero quantity out. */
    private static BigDecimal decimal(JsonNode node, String field) {
        BigDecimal value = decimalOrNull(node, field);
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal decimalOrNull(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = value.isMissingNode() || value.isNull() ? "" : value.asString("").strip();
        return text.isEmpty() ? null : new BigDecimal(text);
    }
}
