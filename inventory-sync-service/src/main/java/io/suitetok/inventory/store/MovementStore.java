package io.suitetok.inventory.store;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Items waiting for a targeted NetSuite read: reported moved by NetSuite, newly mapped, or just committed. */
@Repository
public class MovementStore {

    private final JdbcTemplate jdbc;

    public MovementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry per item however often it is reported: a burst of movements costs one read. */
    public void enqueue(Collection<String> itemIds) {
        if (itemIds.isEmpty()) {
            return;
        }
        // Sorted, so two transactions queueing overlapping items wait for each other instead of deadlocking.
        jdbc.update("insert into movement (item_id) select i from unnest(?) with ordinality u(i, n) order by n "
                + "on conflict do nothing", (Object) itemIds.stream().sorted().distinct().toArray(String[]::new));
    }

    /** Takes up to {@code limit} waiting items; replicas never take the same one. */
    public List<String> take(int limit) {
        return jdbc.queryForList("delete from movement where item_id in (select item_id from movement "
                + "order by received_at limit ? for update skip locked) returning item_id", String.class, limit);
    }

    public int waiting() {
        return jdbc.queryForObject("select count(*) from movement", Integer.class);
    }
}
