package io.suitetok.tiktok.auth;

import io.suitetok.model.id.ShopId;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Token pairs in PostgreSQL, one row per shop, replaced atomically by an upsert. The table is the
 * client's own (see docs/adr/0004), so the store creates it when missing instead of leaving it to
 * one service's Flyway history.
 *
 * <p>A write commits on its own, whatever transaction the caller is in. TikTok calls are made from inside
 * handlers' transactions (the inbox runs a handler with its effects), and a refresh rotates the refresh
 * token at TikTok the moment it answers: a new pair held back until the caller commits would be read as
 * stale by the next refresher (who would then spend the used refresh token and be refused), and lost
 * altogether if the caller rolled back.
 */
public class JdbcTokenStore implements TokenStore {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private final JdbcTemplate jdbc;
    private final String table;
    private final TransactionTemplate ownTransaction;

    /** @param table a plain or schema-qualified table name, such as {@code tiktok_auth.shop_token} */
    public JdbcTokenStore(DataSource dataSource, String table) {
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("not a safe table name: " + table);
        }
        this.jdbc = new JdbcTemplate(dataSource);
        this.table = table;
        this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        createIfMissing();
    }

    @Override
    public Optional<TokenPair> find(ShopId shop) {
        return jdbc.query("select access_token, access_expires_at, refresh_token, refresh_expires_at from " + table
                + " where shop_id = ?", (rs, i) -> new TokenPair(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getTimestamp(4).toInstant()), shop.value())
                .stream().findFirst();
    }

    /**
     * Under a transaction-scoped advisory lock on (table, shop), taken in a transaction of its own that
     * commits, releasing the lock, only after the new pair is stored. Every service and replica pointing at
     * the table takes the same lock.
     */
    @Override
    public TokenPair replaceExclusively(ShopId shop, Function<Optional<TokenPair>, TokenPair> refresh) {
        return ownTransaction.execute(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?), hashtext(?))", table, shop.value());
            Optional<TokenPair> current = find(shop);
            TokenPair next = refresh.apply(current);
            if (current.filter(next::equals).isEmpty()) {
                upsert(shop, next);
            }
            return next;
        });
    }

    @Override
    public void save(ShopId shop, TokenPair tokens) {
        ownTransaction.executeWithoutResult(status -> upsert(shop, tokens));
    }

    private void upsert(ShopId shop, TokenPair tokens) {
        jdbc.update("insert into " + table + " (shop_id, access_token, access_expires_at, refresh_token, "
                + "refresh_expires_at, updated_at) values (?, ?, ?, ?, ?, now()) on conflict (shop_id) do update set "
                + "access_token = excluded.access_token, access_expires_at = excluded.access_expires_at, "
                + "refresh_token = excluded.refresh_token, refresh_expires_at = excluded.refresh_expires_at, "
                + "revoked_reason = null, revoked_at = null, updated_at = now()", shop.value(), tokens.accessToken(),
                Timestamp.from(tokens.accessExpiresAt()),
                tokens.refreshToken(), Timestamp.from(tokens.refreshExpiresAt()));
    }

    /** A shop with no pair yet gets none: the revocation only matters once a pair exists. */
    @Override
    public void revoke(ShopId shop, String reason) {
        ownTransaction.executeWithoutResult(status -> jdbc.update("update " + table + " set revoked_reason = ?, "
                + "revoked_at = now(), updated_at = now() where shop_id = ?", reason == null ? "revoked" : reason,
                shop.value()));
    }

    @Override
    public Optional<String> revocation(ShopId shop) {
        return jdbc.query("select revoked_reason from " + table + " where shop_id = ? and revoked_at is not null",
                (rs, i) -> rs.getString(1), shop.value()).stream().findFirst();
    }

    private void createIfMissing() {
        int dot = table.indexOf('.');
        if (dot > 0) {
            jdbc.execute("create schema if not exists " + table.substring(0, dot));
        }
        jdbc.execute("create table if not exists " + table + " (shop_id text primary key, access_token text not null, "
                + "access_expires_at timestamptz not null, refresh_token text not null, "
                + "refresh_expires_at timestamptz not null, updated_at timestamptz not null)");
        // Tables created before revocation existed gain its columns.
        jdbc.execute("alter table " + table + " add column if not exists revoked_reason text");
        jdbc.execute("alter table " + table + " add column if not exists revoked_at timestamptz");
    }
}
