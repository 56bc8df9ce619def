package io.suitetok.pricing.store;

import io.suitetok.model.event.EventCodec;
import io.suitetok.pricing.price.ItemPrices;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each item's pricing matrix as last read; an older read never replaces a newer one. */
@Repository
public class ItemPricingStore {

    private final JdbcTemplate jdbc;
    private final EventCodec codec;

    public ItemPricingStore(JdbcTemplate jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    private static final String UPSERT = "insert into item_pricing (item_id, prices_include_tax, cells, last_modified) "
            + "values (?, ?, ?, ?) on conflict (item_id) do update set prices_include_tax = excluded.prices_include_tax, "
            + "cells = excluded.cells, last_modified = excluded.last_modified, read_at = clock_timestamp() "
            + "where excluded.last_modified >= item_pricing.last_modified";

    /** @return false when a newer read of the item is stored already */
    public boolean save(ItemPrices item) {
        return jdbc.update(UPSERT, arguments(item)) == 1;
    }

    /** {@link #save} for a page of items in one batch; each element says whether that item was saved. */
    public boolean[] saveAll(List<ItemPrices> items) {
        int[] rows = items.isEmpty() ? new int[0] : jdbc.batchUpdate(UPSERT, items.stream().map(this::arguments).toList());
        boolean[] saved = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            saved[i] = rows[i] == 1;
        }
        return saved;
    }

    private Object[] arguments(ItemPrices item) {
        return new Object[] {item.itemId(), item.pricesIncludeTax(), codec.writeText(item.cells()),
                Timestamp.from(item.lastModified())};
    }

    public Optional<ItemPrices> find(String itemId) {
        return jdbc.query("select * from item_pricing where item_id = ?", (rs, n) -> new ItemPrices(rs.getString("item_id"),
                rs.getBoolean("prices_include_tax"), List.of(codec.readValue(rs.getString("cells"), ItemPrices.Cell[].class)),
                rs.getTimestamp("last_modified").toInstant()), itemId).stream().findFirst();
    }
}
