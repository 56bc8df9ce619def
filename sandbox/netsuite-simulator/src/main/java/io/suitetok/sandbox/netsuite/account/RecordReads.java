package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.InventoryItemLocations;
import com.netsuite.webservices.lists.accounting_2025_2.InventoryItemLocationsList;
import com.netsuite.webservices.lists.accounting_2025_2.Location;
import com.netsuite.webservices.platform.core_2025_2.BaseRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.platform.messages_2025_2.ReadResponse;
import io.suitetok.netsuite.wire.RecordRefs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * get, and what every read returns: a copy of the stored record, an inventory item with its
 * quantities filled in from the ledger (totals and one row per location).
 */
final class RecordReads {

    private final AccountState state;

    RecordReads(AccountState state) {
        this.state = state;
    }

    ReadResponse get(BaseRef ref) {
        if (!(ref instanceof RecordRef recordRef) || recordRef.getType() == null) {
            return Responses.unread("INVALID_KEY_OR_REF", "A record reference needs a type.");
        }
        return find(recordRef)
                .map(record -> Responses.read(present(record)))
                .orElseGet(() -> Responses.unread("RCRD_DSNT_EXIST", "That record does not exist."));
    }

    Optional<Record> find(RecordRef ref) {
        return state.resolve(ref.getType(), ref);
    }

    /** A copy of a stored record as NetSuite would return it. */
    Record present(Record stored) {
        Record copy = state.copier.copy(stored);
        if (copy instanceof InventoryItem item) {
            withStock(item);
        }
        return copy;
    }

    private void withStock(InventoryItem item) {
        List<StockLevel> levels = state.ledger.ofItem(item.getInternalId());
        InventoryItemLocationsList locations = new InventoryItemLocationsList();
        BigDecimal onHand = BigDecimal.ZERO;
        BigDecimal available = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal onOrder = BigDecimal.ZERO;
        BigDecimal backOrdered = BigDecimal.ZERO;
        for (StockLevel level : levels) {
            InventoryItemLocations row = new InventoryItemLocations();
            row.setLocationId(RecordRefs.internal(RecordType.LOCATION, level.location()));
            row.setLocation(locationName(level.location()));
            row.setQuantityOnHand(level.onHand());
            row.setQuantityAvailable(level.available());
            row.setQuantityCommitted(level.committed());
            row.setQuantityOnOrder(level.onOrder());
            row.setQuantityBackOrdered(level.backOrdered());
            locations.getLocations().add(row);
            onHand = onHand.add(level.onHand());
            available = available.add(level.available());
            committed = committed.add(level.committed());
            onOrder = onOrder.add(level.onOrder());
            backOrdered = backOrdered.add(level.backOrdered());
        }
        item.setLocationsList(locations);
        item.setQuantityOnHand(onHand);
        item.setQuantityAvailable(available);
        item.setQuantityCommitted(committed);
        item.setQuantityOnOrder(onOrder);
        item.setQuantityBackOrdered(backOrdered);
    }

    String locationName(String locationId) {
        return state.records.byInternalId(RecordType.LOCATION, locationId)
                .map(location -> ((Location) location).getName()).orElse(null);
    }
}
