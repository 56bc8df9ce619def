package io.suitetok.catalog.store;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** TikTok image uris by image content, per shop. */
@Repository
public class ImageUploadStore {

    private final JdbcTemplate jdbc;

    public ImageUploadStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> uriFor(String shopId, String contentSha256) {
        return jdbc.queryForList("select uri from image_upload where shop_id = ? and content_sha256 = ?", String.class,
                shopId, contentSha256).stream().findFirst();
    }

    public void remember(String shopId, String contentSha256, String uri) {
        jdbc.update("insert into image_upload (shop_id, content_sha256, uri) values (?, ?, ?) on conflict do nothing",
                shopId, contentSha256, uri);
    }
}
