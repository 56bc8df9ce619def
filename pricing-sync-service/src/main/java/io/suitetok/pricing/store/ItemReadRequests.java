package io.suitetok.pricing.store;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Items whose prices must be read on the next poll whatever their last change. Asked for inside a Kafka
 * listener's transaction (a SKU newly listed), so the ask commits with the mapping and no NetSuite call
 * holds the listener up.
 */
@Repository
public class ItemReadRequests {

    private final JdbcTemplate jdbc;

    public ItemReadRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void ask(String itemId) {
        jdbc.update("insert into item_read_request (netsuite_item_id) values (?) on conflict do nothing", itemId);
    }

    public List<String> next(int limit) {
        return jdbc.queryForList("select netsuite_item_id from item_read_request order by requested_at limit ?",
                String.class, limit);
    }

    public void done(Collection<String> itemIds) {
        jdbc.update("delete from item_read_request where netsuite_item_id = any(?)",
                (Object) itemIds.toArray(String[]::new));
    }
}
