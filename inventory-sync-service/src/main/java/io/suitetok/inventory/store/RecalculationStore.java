package io.suitetok.inventory.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Full recalculations and their progress, for ops to follow. */
@Repository
public class RecalculationStore {

    private static final RowMapper<Recalculation> ROW = (rs, i) -> new Recalculation(rs.getLong("id"),
            rs.getString("trigger"), rs.getString("state"), rs.getTimestamp("started_at").toInstant(),
            instant(rs.getTimestamp("finished_at")), rs.getInt("items_total"), rs.getInt("items_done"),
            rs.getInt("levels_changed"), rs.getString("error"));

    private final JdbcTemplate jdbc;

    public RecalculationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long start(String trigger, int itemsTotal) {
        return jdbc.queryForObject("insert into recalculation (trigger, state, items_total) values (?, 'RUNNING', ?) "
                + "returning id", Long.class, trigger, itemsTotal);
    }

    public void progress(long id, int itemsDone, int levelsChanged) {
        jdbc.update("update recalculation set items_done = ?, levels_changed = ? where id = ?", itemsDone, levelsChanged,
                id);
    }

    public void finish(long id, String state, String error) {
        jdbc.update("update recalculation set state = ?, error = ?, finished_at = now() where id = ?", state, error, id);
    }

    /** Runs left RUNNING by a process that stopped: they will never finish. */
    public int abandonRunning() {
        return jdbc.update("update recalculation set state = 'ABANDONED', finished_at = now() where state = 'RUNNING'");
    }

    /** Whether some run finished successfully within {@code period}, by any replica. */
    public boolean finishedWithin(java.time.Duration period) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from recalculation where state = 'DONE' "
                + "and finished_at > now() - ? * interval '1 millisecond')", Boolean.class, period.toMillis()));
    }

    public Optional<Recalculation> newestRunning() {
        return jdbc.query("select * from recalculation where state = 'RUNNING' order by id desc limit 1", ROW).stream()
                .findFirst();
    }

    public Optional<Recalculation> newest() {
        return jdbc.query("select * from recalculation order by id desc limit 1", ROW).stream().findFirst();
    }

    public Optional<Recalculation> find(long id) {
        return jdbc.query("select * from recalculation where id = ?", ROW, id).stream().findFirst();
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }

    /** @param state RUNNING, DONE, FAILED or ABANDONED */
    public record Recalculation(long id, String trigger, String state, Instant startedAt, Instant finishedAt,
            int itemsTotal, int itemsDone, int levelsChanged, String error) {
    }
}
