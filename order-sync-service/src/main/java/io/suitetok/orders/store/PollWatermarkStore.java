package io.suitetok.orders.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Per shop, how far polling has read; it only moves forward. */
@Repository
public class PollWatermarkStore {

    private final JdbcTemplate jdbc;

    public PollWatermarkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instant> readUntil(String shopId) {
        return jdbc.queryForList("select read_until from order_poll_watermark where shop_id = ?", Timestamp.class,
                shopId).stream().findFirst().map(Timestamp::toInstant);
    }

    public void advance(String shopId, Instant readUntil) {
        jdbc.update("insert into order_poll_watermark (shop_id, read_until) values (?, ?) on conflict (shop_id) do "
                + "update set read_until = greatest(order_poll_watermark.read_until, excluded.read_until)", shopId,
                Timestamp.from(readUntil));
    }
}
