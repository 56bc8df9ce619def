package io.suitetok.testkit;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a benchmark's database time went, from pg_stat_statements, when the embedded PostgreSQL was
 * started with it ({@code -Dtestkit.postgres.statement-statistics=true}); otherwise it does nothing.
 * Created just before the measured part, whose statements it then ranks by total time.
 */
public final class StatementStatistics {

    private final JdbcTemplate jdbc;
    private final boolean enabled;

    public StatementStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.enabled = Boolean.getBoolean(EmbeddedInfrastructure.STATEMENT_STATISTICS);
        if (enabled) {
            jdbc.execute("create extension if not exists pg_stat_statements with schema public");
            jdbc.execute("select public.pg_stat_statements_reset()");
        }
    }

    public void print(int top) {
        if (!enabled) {
            return;
        }
        System.out.println("statements by total time (calls, total ms, mean ms):");
        jdbc.query("select calls, total_exec_time, mean_exec_time, regexp_replace(query, '\\\\s+', ' ', 'g') "
                + "from public.pg_stat_statements order by total_exec_time desc limit ?", rs -> {
                    System.out.printf(Locale.ROOT, "  %8d %10.0f %8.2f  %s%n", rs.getLong(1), rs.getDouble(2),
                            rs.getDouble(3), abbreviate(rs.getString(4)));
                }, top);
    }

    private static String abbreviate(String query) {
        return query.length() <= 160 ? query : query.substring(0, 157) + "...";
    }
}
