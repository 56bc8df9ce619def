package io.suitetok.catalog.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** How far a poll has read, in the source system's own clock. */
@Repository
public class WatermarkStore {

    private final JdbcTemplate jdbc;

    public WatermarkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instant> readUntil(String name) {
        return jdbc.queryForList("select read_until from watermark where name = ?", Timestamp.class, name).stream()
                .findFirst().map(Timestamp::toInstant);
    }

    public void advance(String name, Instant readUntil) {
        jdbc.update("insert into watermark (name, read_until) values (?, ?) on conflict (name) do update set "
                + "read_until = greatest(watermark.read_until, excluded.read_until)", name, Timestamp.from(readUntil));
    }
}
