package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.platform.common_2025_2.Address;
import com.netsuite.webservices.platform.core_2025_2.CustomFieldList;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.StringCustomFieldRef;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItemList;
import com.netsuite.webservices.transactions.sales_2025_2.types.SalesOrderItemCommitInventory;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.CommitInventory;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.netsuite.gateway.ShippingAddress;
import io.suitetok.netsuite.wire.RecordRefs;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** A {@link SalesOrderDraft} as a SuiteTalk {@code SalesOrder}. */
final class SalesOrderMapper {

    /** NetSuite's "Custom" price level: the line's rate applies instead of a price level's price. */
    static final String CUSTOM_PRICE_LEVEL = "-1";

    private SalesOrderMapper() {
    }

    static SalesOrder toSalesOrder(SalesOrderDraft draft) {
        SalesOrder order = new SalesOrder();
        order.setExternalId(draft.externalId());
        order.setEntity(ref(draft.customer()));
        order.setSubsidiary(ref(draft.subsidiary()));
        order.setCurrency(ref(draft.currency()));
        order.setLocation(ref(draft.location()));
        order.setDepartment(ref(draft.department()));
        order.setClazz(ref(draft.classification()));
        order.setTranDate(asTranDate(draft.tranDate()));
        order.setOtherRefNum(draft.otherRefNum());
        order.setMemo(draft.memo());
        order.setShipMethod(ref(draft.shipMethod()));
        order.setShippingCost(draft.shippingCost());
        order.setShippingAddress(address(draft.shippingAddress()));
        SalesOrderItemList items = new SalesOrderItemList();
        for (SalesOrderLine line : draft.lines()) {
            items.getItem().add(item(line));
        }
        order.setItemList(items);
        order.setCustomFieldList(customFields(draft.customFields()));
        return order;
    }

    /**
     * NetSuite reads a transaction date in the account's time zone. Noon UTC is the same calendar day
     * from UTC-11 to UTC+11, so the date does not shift whichever zone the account is in.
     */
    static OffsetDateTime asTranDate(LocalDate date) {
        return date.atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC);
    }

    private static SalesOrderItem item(SalesOrderLine line) {
        SalesOrderItem item = new SalesOrderItem();
        item.setItem(ref(line.item()));
        item.setQuantity(line.quantity());
        if (line.rate() != null) {
            item.setPrice(RecordRefs.internal(CUSTOM_PRICE_LEVEL));
            // rate is a string in the schema; plain notation keeps every digit the hub computed.
            item.setRate(line.rate().toPlainString());
        }
        item.setLocation(ref(line.location()));
        item.setCommitInventory(commit(line.commit()));
        if (line.closed()) {
            item.setIsClosed(true);
        }
        item.setDescription(line.description());
        return item;
    }

    private static SalesOrderItemCommitInventory commit(CommitInventory commit) {
        if (commit == null) {
            return null;
        }
        return switch (commit) {
            case AVAILABLE_QTY -> SalesOrderItemCommitInventory.AVAILABLE_QTY;
            case COMPLETE_QTY -> SalesOrderItemCommitInventory.COMPLETE_QTY;
            case DO_NOT_COMMIT -> SalesOrderItemCommitInventory.DO_NOT_COMMIT;
        };
    }

    private static Address address(ShippingAddress shipping) {
        if (shipping == null) {
            return null;
        }
        Address address = new Address();
        address.setAddressee(shipping.addressee());
        address.setAddrPhone(shipping.phone());
        address.setAddr1(shipping.addr1());
        address.setAddr2(shipping.addr2());
        address.setCity(shipping.city());
        address.setState(shipping.state());
        address.setZip(shipping.zip());
        address.setCountry(NetSuiteCountry.fromIso(shipping.countryCode()));
        return address;
    }

    static CustomFieldList customFields(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        CustomFieldList list = new CustomFieldList();
        fields.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(field -> {
            StringCustomFieldRef ref = new StringCustomFieldRef();
            ref.setScriptId(field.getKey());
            ref.setValue(field.getValue());
            list.getCustomField().add(ref);
        });
        return list;
    }

    static RecordRef ref(NetSuiteInternalId id) {
        return id == null ? null : RecordRefs.internal(id.value());
    }
}
