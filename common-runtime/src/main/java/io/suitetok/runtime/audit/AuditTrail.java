package io.suitetok.runtime.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The service's record of write actions: who, when, what on which target, and the answer. */
public class AuditTrail {

    /**
     * @param outcome the HTTP status answered, or null while the action runs (or when it was cut short)
     */
    public record Entry(long id, Instant requestedAt, String caller, String roles, String action, String target,
            Integer outcome, String correlationId) {
    }

    private static final RowMapper<Entry> ROW = (rs, n) -> new Entry(rs.getLong("id"),
            rs.getTimestamp("requested_at").toInstant(), rs.getString("caller"), rs.getString("roles"),
            rs.getString("action"), rs.getString("target"), (Integer) rs.getObject("outcome"),
            rs.getString("correlation_id"));

    private final JdbcTemplate jdbc;

    public AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action about to run; its outcome follows with {@link #completed}. */
    public long requested(String caller, String roles, String action, String target, String correlationId) {
        return jdbc.queryForObject("insert into audit_action (caller, roles, action, target, correlation_id) "
                + "values (?, ?, ?, ?, ?) returning id", Long.class, caller, roles, action, target, correlationId);
    }

    public void completed(long id, int outcome) {
        jdbc.update("update audit_action set outcome = ? where id = ?", outcome, id);
    }

    /** Records an action refused before it ran (a caller without the role). */
    public void refused(String caller, String roles, String action, String target, int outcome, String correlationId) {
        jdbc.update("insert into audit_action (caller, roles, action, target, outcome, correlation_id) "
                + "values (?, ?, ?, ?, ?, ?)", caller, roles, action, target, outcome, correlationId);
    }

    /** Newest first, from {@code since} on when given. */
    public List<Entry> recent(Instant since, int limit) {
        return jdbc.query("select * from audit_action where requested_at >= ? order by id desc limit ?", ROW,
                Timestamp.from(since == null ? Instant.EPOCH : since), limit);
    }
}
