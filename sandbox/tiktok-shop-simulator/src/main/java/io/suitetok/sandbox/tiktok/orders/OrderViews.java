package io.suitetok.sandbox.tiktok.orders;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.AmountText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders, cancellations and returns in the JSON shape of Get Order Detail (202309) and the
 * return/refund searches: amounts are decimal strings in major units, there is no quantity on
 * line items, the recipient address is absent while UNPAID or ON_HOLD and masked when TikTok
 * ships.
 */
final class OrderViews {

    private OrderViews() {
    }

    static Map<String, Object> order(SimOrder o) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", o.id);
        view.put("status", o.status.name());
        view.put("create_time", o.createTime);
        view.put("update_time", o.updateTime);
        putIfPresent(view, "paid_time", o.paidTime);
        putIfPresent(view, "delivery_time", o.deliveredTime);
        putIfPresent(view, "cancel_time", o.cancelTime);
        view.put("user_id", o.userId);
        view.put("buyer_email", o.buyerEmail == null ? "" : o.buyerEmail);
        view.put("buyer_message", o.buyerMessage == null ? "" : o.buyerMessage);
        view.put("warehouse_id", o.warehouseId);
        view.put("fulfillment_type", "FULFILLMENT_BY_SELLER");
        view.put("shipping_type", o.shippingType);
        view.put("delivery_type", "HOME_DELIVERY");
        view.put("delivery_option_id", o.deliveryOptionId);
        view.put("delivery_option_name", o.deliveryOptionName);
        putIfPresent(view, "shipping_provider", o.shippingProvider);
        putIfPresent(view, "shipping_provider_id", o.shippingProviderId);
        putIfPresent(view, "tracking_number", o.trackingNumber);
        view.put("packages", o.packages.stream().map(p -> Map.of("id", p.id)).toList());
        if (o.packages.size() > 1) {
            view.put("split_or_combine_tag", "SPLIT");
        }
        view.put("is_cod", false);
        view.put("is_sample_order", false);
        view.put("is_on_hold_order", o.onHold);
        view.put("is_replacement_order", false);
        view.put("is_buyer_request_cancel", false);
        view.put("has_updated_recipient_address", o.recipientUpdated);
        view.put("order_type", "NORMAL");
        view.put("commerce_platform", "TIKTOK_SHOP");
        view.put("payment_method_name", "CCDC");
        putIfPresent(view, "cancel_reason", o.cancelReason);
        putIfPresent(view, "cancellation_initiator", o.cancellationInitiator);
        view.put("payment", payment(o.payment));
        view.put("line_items", o.lines.stream().map(line -> line(o, line)).toList());
        if (o.status != OrderStatus.UNPAID && o.status != OrderStatus.ON_HOLD) {
            view.put("recipient_address", recipient(o.recipient, o.shippingType.equals("TIKTOK")));
        }
        return view;
    }

    static Map<String, Object> payment(PaymentBlock p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("currency", p.currency());
        view.put("original_total_product_price", text(p.originalTotalProductPrice(), p.currency()));
        view.put("seller_discount", text(p.sellerDiscount(), p.currency()));
        view.put("platform_discount", text(p.platformDiscount(), p.currency()));
        view.put("sub_total", text(p.subTotal(), p.currency()));
        view.put("original_shipping_fee", text(p.originalShippingFee(), p.currency()));
        view.put("shipping_fee_seller_discount", text(p.shippingFeeSellerDiscount(), p.currency()));
        view.put("shipping_fee_platform_discount", text(p.shippingFeePlatformDiscount(), p.currency()));
        view.put("shipping_fee", text(p.shippingFee(), p.currency()));
        view.put("product_tax", text(p.productTax(), p.currency()));
        view.put("shipping_fee_tax", text(p.shippingFeeTax(), p.currency()));
        view.put("tax", text(p.tax(), p.currency()));
        view.put("retail_delivery_fee", text(p.retailDeliveryFee(), p.currency()));
        p.buyerFees().forEach((field, amount) -> view.put(field, text(amount, p.currency())));
        view.put("total_amount", text(p.totalAmount(), p.currency()));
        return view;
    }

    private static Map<String, Object> line(SimOrder o, SimLine l) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", l.id);
        view.put("sku_id", l.skuId);
        view.put("product_id", l.productId);
        view.put("product_name", l.productName);
        view.put("sku_name", l.skuName);
        view.put("sku_image", "https://p16-sbx.tiktokcdn.com/sku/" + l.skuId + ".jpeg");
        view.put("seller_sku", l.sellerSku == null ? "" : l.sellerSku);
        view.put("currency", l.currency);
        view.put("original_price", text(l.originalPrice, l.currency));
        view.put("sale_price", text(l.salePrice, l.currency));
        view.put("seller_discount", text(l.sellerDiscount, l.currency));
        view.put("platform_discount", text(l.platformDiscount, l.currency));
        view.put("display_status", l.displayStatus);
        putIfPresent(view, "package_id", l.packageId);
        o.packages.stream().filter(p -> p.id.equals(l.packageId)).findFirst().ifPresent(p -> {
            view.put("package_status", l.cancelled ? SimPackage.CANCELLED : p.status);
            putIfPresent(view, "tracking_number", p.trackingNumber);
            putIfPresent(view, "shipping_provider_id", p.shippingProviderId);
            putIfPresent(view, "shipping_provider_name", p.shippingProviderName);
        });
        view.put("is_gift", l.gift);
        if (l.gift) {
            view.put("gift_retail_price", text(l.giftRetailPrice, l.currency));
        }
        view.put("sku_type", l.skuType);
        putIfPresent(view, "cancel_reason", l.cancelReason);
        putIfPresent(view, "cancel_user", l.cancelUser);
        List<Map<String, Object>> taxes = new ArrayList<>();
        if (l.tax.signum() > 0) {
            taxes.add(Map.of("tax_type", "SALES_TAX", "tax_amount", text(l.tax, l.currency), "tax_rate",
                    l.taxRate.stripTrailingZeros().toPlainString()));
        }
        view.put("item_tax", taxes);
        return view;
    }

    private static Map<String, Object> recipient(SimOrder.Recipient r, boolean masked) {
        Map<String, Object> view = new LinkedHashMap<>();
        String name = masked ? mask(r.name()) : r.name();
        String[] parts = name.split(" ", 2);
        view.put("name", name);
        view.put("first_name", parts[0]);
        view.put("last_name", parts.length > 1 ? parts[1] : "");
        view.put("phone_number", r.phone() == null ? "" : masked ? maskPhone(r.phone()) : r.phone());
        String line2 = r.addressLine2() == null ? "" : r.addressLine2();
        view.put("full_address", String.join(", ", List.of(r.addressLine1(), r.city(), r.state(), r.postalCode(),
                r.country())));
        view.put("address_detail", line2);
        view.put("address_line1", r.addressLine1());
        view.put("address_line2", line2);
        view.put("postal_code", r.postalCode());
        view.put("region_code", r.regionCode());
        view.put("district_info", List.of(
                Map.of("address_level", "L0", "address_level_name", "Country", "address_name", r.country()),
                Map.of("address_level", "L1", "address_level_name", r.regionCode().equals("US") ? "State" : "Nation",
                        "address_name", r.state()),
                Map.of("address_level", "L3", "address_level_name", r.regionCode().equals("US") ? "City" : "Post town",
                        "address_name", r.city())));
        return view;
    }

    static Map<String, Object> cancellation(Cancellation c, SimOrder o) {
        String currency = o.currency;
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("cancel_id", c.cancelId());
        view.put("order_id", c.orderId());
        view.put("cancel_status", "CANCELLATION_REQUEST_COMPLETE");
        view.put("cancel_type", "CANCEL");
        view.put("cancel_reason", c.reason());
        view.put("cancel_reason_text", c.reason());
        view.put("role", c.role());
        view.put("create_time", c.createTime());
        view.put("update_time", c.createTime());
        view.put("refund_amount", refund(currency, c.refundSubtotal(), c.refundShipping(), c.refundTax()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String lineId : c.lineIds()) {
            SimLine line = o.lines.stream().filter(l -> l.id.equals(lineId)).findFirst().orElseThrow();
            Map<String, Object> item = affected(line);
            item.put("cancel_line_item_id", c.cancelId() + "-" + lineId);
            boolean unpaid = c.refundSubtotal().signum() == 0 && c.refundTax().signum() == 0;
            item.put("refund_amount", refund(currency, unpaid ? BigDecimal.ZERO : line.salePrice,
                    BigDecimal.ZERO, unpaid ? BigDecimal.ZERO : line.tax));
            lines.add(item);
        }
        view.put("cancel_line_items", lines);
        return view;
    }

    static Map<String, Object> returnOrder(ReturnOrder r, SimOrder o) {
        String currency = o.currency;
        List<SimLine> lines = o.lines.stream().filter(l -> r.lineIds.contains(l.id)).toList();
        ReturnRefund refund = ReturnRefund.of(r, o);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("return_id", r.returnId);
        view.put("order_id", r.orderId);
        view.put("return_type", r.returnType);
        view.put("return_status", r.status);
        view.put("return_reason", r.reason);
        view.put("return_reason_text", r.reason);
        view.put("role", "BUYER");
        view.put("create_time", r.createTime);
        view.put("update_time", r.updateTime);
        view.put("refund_amount", refund(currency, refund.subtotal(), refund.shipping(), refund.tax()));
        view.put("partial_refund", Map.of());
        view.put("return_line_items", lines.stream().map(line -> {
            ReturnRefund unit = ReturnRefund.ofLine(line, currency);
            Map<String, Object> item = affected(line);
            item.put("return_line_item_id", r.returnId + "-" + line.id);
            item.put("refund_amount", refund(currency, unit.subtotal(), unit.shipping(), unit.tax()));
            return item;
        }).toList());
        view.put("shipping_fee_amount", List.of(Map.of("buyer_paid_return_shipping_fee", text(BigDecimal.ZERO,
                currency), "seller_paid_return_shipping_fee", text(BigDecimal.ZERO, currency),
                "platform_paid_return_shipping_fee", text(BigDecimal.ZERO, currency))));
        putIfPresent(view, "return_tracking_number", r.trackingNumber);
        putIfPresent(view, "return_provider_name", r.providerName);
        return view;
    }

    private static Map<String, Object> affected(SimLine line) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("order_line_item_id", line.id);
        item.put("sku_id", line.skuId);
        item.put("seller_sku", line.sellerSku == null ? "" : line.sellerSku);
        item.put("sku_name", line.skuName);
        item.put("product_name", line.productName);
        return item;
    }

    private static Map<String, Object> refund(String currency, BigDecimal subtotal, BigDecimal shipping,
            BigDecimal tax) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("currency", currency);
        view.put("refund_subtotal", text(subtotal, currency));
        view.put("refund_shipping_fee", text(shipping, currency));
        view.put("refund_tax", text(tax, currency));
        view.put("refund_total", text(subtotal.add(shipping).add(tax), currency));
        view.put("retail_delivery_fee", text(BigDecimal.ZERO, currency));
        return view;
    }

    private static String mask(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.split(" ")) {
            words.add(word.isEmpty() ? word : word.charAt(0) + "***");
        }
        return String.join(" ", words);
    }

    private static String maskPhone(String phone) {
        return phone.length() <= 8 ? "****" : phone.substring(0, 6) + "*****" + phone.substring(phone.length() - 2);
    }

    private static String text(BigDecimal amount, String currency) {
        return AmountText.of(amount, currency);
    }

    private static void putIfPresent(Map<String, Object> view, String key, Object value) {
        if (value != null) {
            view.put(key, value);
        }
    }
}
