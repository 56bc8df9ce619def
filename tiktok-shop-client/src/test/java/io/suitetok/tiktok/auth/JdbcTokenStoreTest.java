package io.suitetok.tiktok.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.model.id.ShopId;
import io.suitetok.testkit.EmbeddedInfrastructure;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcTokenStoreTest {

    private final DataSource postgres = EmbeddedInfrastructure.postgres().getPostgresDatabase();
    private final ShopId shop = new ShopId("7495540735365777507");

    @Test
    void aSavedPairIsReadBackWholeAndReplacedWholeAcrossStoreInstances() {
        JdbcTokenStore first = new JdbcTokenStore(postgres, "tiktok_auth_test.shop_token");
        first.save(shop, new TokenPair("a1", Instant.ofEpochSecond(1800000000L), "r1", Instant.ofEpochSecond(1830000000L)));
        first.save(shop, new TokenPair("a2", Instant.ofEpochSecond(1800000100L), "r2", Instant.ofEpochSecond(1830000100L)));

        JdbcTokenStore afterRestart = new JdbcTokenStore(postgres, "tiktok_auth_test.shop_token");

        assertThat(afterRestart.find(shop)).contains(new TokenPair("a2", Instant.ofEpochSecond(1800000100L), "r2",
                Instant.ofEpochSecond(1830000100L)));
        assertThat(afterRestart.find(new ShopId("1"))).isEmpty();
    }

    @Test
    void aRevocationIsSeenByEveryStoreSharingTheTableUntilANewPairIsSaved() {
        JdbcTokenStore orders = new JdbcTokenStore(postgres, "tiktok_auth_revoke_test.shop_token");
        JdbcTokenStore catalog = new JdbcTokenStore(postgres, "tiktok_auth_revoke_test.shop_token");
        orders.save(shop, new TokenPair("a1", Instant.ofEpochSecond(1800000000L), "r1", Instant.ofEpochSecond(1830000000L)));

        orders.revoke(shop, "seller deauthorized the app");

        assertThat(catalog.revocation(shop)).contains("seller deauthorized the app");
        catalog.save(shop, new TokenPair("a2", Instant.ofEpochSecond(1800000100L), "r2", Instant.ofEpochSecond(1830000100L)));
        assertThat(orders.revocation(shop)).isEmpty();
    }

    /** A refreshed pair saved from inside a handler's transaction that later rolls back. */
    @Test
    void aPairSavedInsideTheCallersTransactionIsCommittedAtOnceAndSurvivesItsRollback() {
        JdbcTokenStore store = new JdbcTokenStore(postgres, "tiktok_auth_tx_test.shop_token");
        JdbcTokenStore otherReplica = new JdbcTokenStore(postgres, "tiktok_auth_tx_test.shop_token");
        store.save(shop, new TokenPair("a1", Instant.ofEpochSecond(1800000000L), "r1", Instant.ofEpochSecond(1830000000L)));
        TokenPair refreshed = new TokenPair("a2", Instant.ofEpochSecond(1800000100L), "r2",
                Instant.ofEpochSecond(1830000100L));
        TransactionTemplate handler = new TransactionTemplate(new DataSourceTransactionManager(postgres));

        handler.executeWithoutResult(status -> {
            new JdbcTemplate(postgres).execute("select 1"); // the handler's own work holds its connection
            store.save(shop, refreshed);
            assertThat(otherReplica.find(shop)).as("seen by others before the handler commits").contains(refreshed);
            status.setRollbackOnly();
        });

        assertThat(otherReplica.find(shop)).as("kept although the handler rolled back").contains(refreshed);
    }

    @Test
    void aTableNameThatCouldInjectSqlIsRefused() {
        assertThatThrownBy(() -> new JdbcTokenStore(postgres, "t; drop table x")).hasMessageContaining("not a safe table");
    }
}
