package io.suitetok.tiktok.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.model.id.ShopId;
import io.suitetok.testkit.EmbeddedInfrastructure;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

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

    @Test
    void aTableNameThatCouldInjectSqlIsRefused() {
        assertThatThrownBy(() -> new JdbcTokenStore(postgres, "t; drop table x")).hasMessageContaining("not a safe table");
    }
}
