package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.Location;
import com.netsuite.webservices.lists.accounting_2025_2.MatrixOptionList;
import com.netsuite.webservices.lists.accounting_2025_2.Price;
import com.netsuite.webservices.lists.accounting_2025_2.PriceLevel;
import com.netsuite.webservices.lists.accounting_2025_2.PriceList;
import com.netsuite.webservices.lists.accounting_2025_2.Pricing;
import com.netsuite.webservices.lists.accounting_2025_2.PricingMatrix;
import com.netsuite.webservices.lists.accounting_2025_2.Subsidiary;
import com.netsuite.webservices.lists.accounting_2025_2.types.ItemMatrixType;
import com.netsuite.webservices.lists.relationships_2025_2.Customer;
import com.netsuite.webservices.platform.core_2025_2.ListOrRecordRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRefList;
import com.netsuite.webservices.platform.core_2025_2.SelectCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import io.suitetok.netsuite.wire.RecordKeys;
import io.suitetok.netsuite.wire.RecordRefs;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.netsuite.seed.SeedResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads reference data, customers, items and stock the way an administrator would set up an
 * account: straight into the store, without the web-services checks a request goes through.
 */
final class Seeder {

    private final AccountState state;

    Seeder(AccountState state) {
        this.state = state;
    }

    SeedResult seed(SeedRequest request) {
        Map<String, Map<String, String>> ids = new LinkedHashMap<>();
        request.currencies().forEach(currency -> {
            state.currencies.add(currency.internalId());
            ids.computeIfAbsent("currencies", k -> new LinkedHashMap<>()).put(currency.isoCode(), currency.internalId());
        });
        for (SeedRequest.Subsidiary seed : request.subsidiaries()) {
            Subsidiary subsidiary = new Subsidiary();
            subsidiary.setName(seed.name());
            subsidiary.setCurrency(seed.currency() == null ? null : RecordRefs.internal(seed.currency()));
            put(ids, "subsidiaries", seed.name(), subsidiary, seed.internalId(), null);
        }
        for (SeedRequest.Location seed : request.locations()) {
            Location location = new Location();
            location.setName(seed.name());
            location.setMakeInventoryAvailable(true);
            if (seed.subsidiary() != null) {
                RecordRefList subsidiaries = new RecordRefList();
                subsidiaries.getRecordRef().add(RecordRefs.internal(seed.subsidiary()));
                location.setSubsidiaryList(subsidiaries);
            }
            put(ids, "locations", seed.name(), location, seed.internalId(), null);
        }
        for (SeedRequest.PriceLevel seed : request.priceLevels()) {
            PriceLevel level = new PriceLevel();
            level.setName(seed.name());
            put(ids, "priceLevels", seed.name(), level, seed.internalId(), null);
        }
        for (SeedRequest.Customer seed : request.customers()) {
            put(ids, "customers", seed.externalId() != null ? seed.externalId() : name(seed), customer(seed),
                    seed.internalId(), seed.externalId());
        }
        for (SeedRequest.Item seed : request.items()) {
            String internalId = put(ids, "items", seed.itemId(), item(seed), seed.internalId(), seed.externalId());
            for (SeedRequest.Stock stock : seed.stock()) {
                state.ledger.set(internalId, stock.location(), orZero(stock.onHand()), orZero(stock.onOrder()));
            }
        }
        for (SeedRequest.Account seed : request.accounts()) {
            String internalId = seed.internalId() != null ? seed.internalId() : "gl-" + (state.glAccounts.size() + 1);
            state.glAccounts.put(internalId, new GlAccount(internalId, seed.number(), seed.name(),
                    GlAccount.normalType(seed.type()), seed.subsidiaries(), seed.currency(), seed.inactive()));
            ids.computeIfAbsent("accounts", k -> new LinkedHashMap<>())
                    .put(seed.number() != null ? seed.number() : seed.name(), internalId);
        }
        request.closedPeriods().forEach(period -> state.closedPeriods.close(period.from(), period.to()));
        return new SeedResult(ids);
    }

    private String put(Map<String, Map<String, String>> ids, String kind, String name, Record record,
                       String internalId, String externalId) {
        String id = internalId != null ? internalId : state.records.nextInternalId();
        RecordKeys.setInternalId(record, id);
        RecordKeys.setExternalId(record, externalId);
        BeanFields.set(record, "createdDate", state.clock.now());
        BeanFields.set(record, "dateCreated", state.clock.now());
        BeanFields.set(record, "lastModifiedDate", state.clock.now());
        state.records.put(record);
        ids.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(name, id);
        return id;
    }

    private static Customer customer(SeedRequest.Customer seed) {
        Customer customer = new Customer();
        boolean person = seed.companyName() == null;
        customer.setIsPerson(person);
        customer.setCompanyName(seed.companyName());
        customer.setFirstName(seed.firstName());
        customer.setLastName(seed.lastName());
        customer.setEntityId(name(seed));
        customer.setEmail(seed.email());
        customer.setSubsidiary(seed.subsidiary() == null ? null : RecordRefs.internal(seed.subsidiary()));
        customer.setCurrency(seed.currency() == null ? null : RecordRefs.internal(seed.currency()));
        customer.setPriceLevel(seed.priceLevel() == null ? null : RecordRefs.internal(seed.priceLevel()));
        return customer;
    }

    private static String name(SeedRequest.Customer seed) {
        return seed.companyName() != null ? seed.companyName() : seed.firstName() + " " + seed.lastName();
    }

    private static InventoryItem item(SeedRequest.Item seed) {
        InventoryItem item = new InventoryItem();
        item.setItemId(seed.itemId());
        item.setDisplayName(seed.displayName());
        item.setUpcCode(seed.upcCode());
        item.setIsInactive(seed.inactive());
        if ("parent".equals(seed.matrixType())) {
            item.setMatrixType(ItemMatrixType.PARENT);
        } else if ("child".equals(seed.matrixType())) {
            item.setMatrixType(ItemMatrixType.CHILD);
        }
        item.setParent(seed.parent() == null ? null : RecordRefs.internal(RecordType.INVENTORY_ITEM, seed.parent()));
        if (!seed.matrixOptions().isEmpty()) {
            MatrixOptionList options = new MatrixOptionList();
            seed.matrixOptions().forEach((scriptId, value) -> {
                SelectCustomFieldRef option = new SelectCustomFieldRef();
                option.setScriptId(scriptId);
                ListOrRecordRef choice = new ListOrRecordRef();
                choice.setName(value);
                option.setValue(choice);
                options.getMatrixOption().add(option);
            });
            item.setMatrixOptionList(options);
        }
        if (!seed.subsidiaries().isEmpty()) {
            RecordRefList subsidiaries = new RecordRefList();
            seed.subsidiaries().forEach(id -> subsidiaries.getRecordRef().add(RecordRefs.internal(id)));
            item.setSubsidiaryList(subsidiaries);
        }
        if (!seed.prices().isEmpty()) {
            PricingMatrix matrix = new PricingMatrix();
            for (SeedRequest.Price seedPrice : seed.prices()) {
                Pricing pricing = new Pricing();
                pricing.setPriceLevel(RecordRefs.internal(seedPrice.priceLevel()));
                pricing.setCurrency(seedPrice.currency() == null ? null : RecordRefs.internal(seedPrice.currency()));
                Price price = new Price();
                price.setValue(seedPrice.price());
                price.setQuantity(BigDecimal.ZERO);
                PriceList list = new PriceList();
                list.getPrice().add(price);
                pricing.setPriceList(list);
                matrix.getPricing().add(pricing);
            }
            item.setPricingMatrix(matrix);
        }
        if (seed.merchandising() != null) {
            ItemMerchandising.apply(seed.merchandising(), item);
        }
        return item;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
