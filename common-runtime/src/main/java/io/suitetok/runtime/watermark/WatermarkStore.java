package io.suitetok.runtime.watermark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far each poll has read its source, in the source system's own clock (NetSuite's, TikTok's
 * {@code update_time}), by poll name. A watermark only moves forward, so a slow replica finishing an
 * older round cannot pull it back.
 */
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
