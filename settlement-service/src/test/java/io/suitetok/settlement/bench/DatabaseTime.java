package io.suitetok.settlement.bench;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's own execution time for the statements of the measured part, from pg_stat_statements (the
 * benchmark starts PostgreSQL with it): what the inserts and the matching cost the server, apart from the
 * JVM's side of each call.
 */
final class DatabaseTime {

    private final JdbcTemplate jdbc;

    DatabaseTime(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("create extension if not exists pg_stat_statements with schema public");
        jdbc.execute("select public.pg_stat_statements_reset()");
    }

    /** Total execution seconds and calls of the statements whose text starts with {@code prefix}. */
    Figure of(String prefix) {
        return jdbc.queryForObject("select coalesce(sum(total_exec_time), 0) / 1000.0, coalesce(sum(calls), 0) from "
                + "public.pg_stat_statements where ltrim(query) ilike ?", (rs, i) -> new Figure(rs.getDouble(1),
                rs.getLong(2)), prefix + "%");
    }

    void printTop(int top) {
        System.out.println("  statements by total time (calls, total ms, mean ms):");
        jdbc.query("select calls, total_exec_time, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g') "
                + "from public.pg_stat_statements order by total_exec_time desc limit ?", rs -> {
                    String query = rs.getString(4);
                    System.out.printf(Locale.ROOT, "    %8d %10.0f %8.2f  %s%n", rs.getLong(1), rs.getDouble(2),
                            rs.getDouble(3), query.length() <= 150 ? query : query.substring(0, 147) + "...");
                }, top);
    }

    record Figure(double seconds, long calls) {
    }
}
