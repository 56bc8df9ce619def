package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.platform.core_2025_2.GetItemAvailabilityResult;
import com.netsuite.webservices.platform.core_2025_2.ItemAvailability;
import com.netsuite.webservices.platform.core_2025_2.ItemAvailabilityFilter;
import com.netsuite.webservices.platform.core_2025_2.ItemAvailabilityList;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import io.suitetok.netsuite.wire.RecordRefs;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * getItemAvailability: one row per item and location whose quantity available last changed at or
 * after {@code lastQtyAvailableChange} (all rows without it), for the items named (all items when
 * none are). More than 10,000 rows is an error, as in NetSuite.
 */
final class AvailabilityQuery {

    static final int MAX_ROWS = 10_000;

    private final AccountState state;
    private final RecordReads reads;

    AvailabilityQuery(AccountState state, RecordReads reads) {
        this.state = state;
        this.reads = reads;
    }

    GetItemAvailabilityResult run(ItemAvailabilityFilter filter) {
        List<InventoryItem> items = new ArrayList<>();
        if (filter == null || filter.getItem() == null || filter.getItem().getRecordRef().isEmpty()) {
            state.records.all(RecordType.INVENTORY_ITEM).forEach(item -> items.add((InventoryItem) item));
        } else {
            for (RecordRef ref : filter.getItem().getRecordRef()) {
                state.resolve(RecordType.INVENTORY_ITEM, ref).ifPresent(item -> items.add((InventoryItem) item));
            }
        }
        OffsetDateTime since = filter == null ? null : filter.getLastQtyAvailableChange();
        ItemAvailabilityList list = new ItemAvailabilityList();
        for (InventoryItem item : items) {
            for (StockLevel level : state.ledger.ofItem(item.getInternalId())) {
                if (since != null && level.lastQtyAvailableChange().isBefore(since)) {
                    continue;
                }
                list.getItemAvailability().add(row(item, level));
                if (list.getItemAvailability().size() > MAX_ROWS) {
                    throw new TooManyRecordsException("The number of records in this request exceeds the "
                            + "maximum allowed (" + MAX_ROWS + "). Narrow the item list.");
                }
            }
        }
        GetItemAvailabilityResult result = new GetItemAvailabilityResult();
        result.setStatus(Responses.success());
        result.setItemAvailabilityList(list);
        return result;
    }

    private ItemAvailability row(Record record, StockLevel level) {
        InventoryItem item = (InventoryItem) record;
        ItemAvailability row = new ItemAvailability();
        RecordRef itemRef = RecordRefs.internal(item.getInternalId());
        itemRef.setName(item.getItemId());
        row.setItem(itemRef);
        RecordRef location = RecordRefs.internal(level.location());
        location.setName(reads.locationName(level.location()));
        row.setLocationId(location);
        row.setLastQtyAvailableChange(level.lastQtyAvailableChange());
        row.setQuantityOnHand(level.onHand());
        row.setQuantityAvailable(level.available());
        row.setQuantityCommitted(level.committed());
        row.setQuantityOnOrder(level.onOrder());
        row.setQuantityBackOrdered(level.backOrdered());
        return row;
    }
}
