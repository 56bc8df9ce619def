package io.suitetok.orders.store;

import io.suitetok.model.event.EventCodec;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** NetSuite item fulfilments on their way to TikTok. */
@Repository
public class FulfilmentStore {

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final RowMapper<Shipment> row;

    public FulfilmentStore(JdbcTemplate jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.row = (rs, i) -> new Shipment(rs.getString("fulfilment_id"), rs.getString("shop_id"),
                rs.getString("order_id"), Shipment.State.valueOf(rs.getString("state")),
                codec.readValue(rs.getString("fulfilment_json"), FulfilmentSnapshot.class),
                Arrays.asList(codec.readValue(rs.getString("unit_ids_json"), String[].class)),
                rs.getString("tracking_number"), rs.getString("carrier"), rs.getString("package_id"),
                rs.getString("reason"), rs.getTimestamp("updated_at").toInstant());
    }

    private static final String COLUMNS = "*, fulfilment::text as fulfilment_json, unit_line_ids::text as unit_ids_json";

    public Optional<Shipment> find(String fulfilmentId) {
        return jdbc.query("select " + COLUMNS + " from fulfilment_shipment where fulfilment_id = ?", row, fulfilmentId)
                .stream().findFirst();
    }

    /** Fulfilments to (re)try: replayed ones and those whose last call's answer was lost. */
    public List<Shipment> open(int limit) {
        return jdbc.query("select " + COLUMNS + " from fulfilment_shipment where state in ('PENDING', 'UNKNOWN') "
                + "order by updated_at limit ?", row, limit);
    }

    public List<Shipment> parked() {
        return jdbc.query("select " + COLUMNS + " from fulfilment_shipment where state = 'PARKED' order by updated_at",
                row);
    }

    public List<Shipment> ofOrder(String shopId, String orderId) {
        return jdbc.query("select " + COLUMNS + " from fulfilment_shipment where shop_id = ? and order_id = ? "
                + "order by updated_at", row, shopId, orderId);
    }

    public void save(Shipment shipment) {
        jdbc.update("insert into fulfilment_shipment (fulfilment_id, shop_id, order_id, state, fulfilment, "
                + "unit_line_ids, tracking_number, carrier, package_id, reason, updated_at) values (?, ?, ?, ?, "
                + "?::jsonb, ?::jsonb, ?, ?, ?, ?, now()) on conflict (fulfilment_id) do update set state = "
                + "excluded.state, fulfilment = excluded.fulfilment, unit_line_ids = excluded.unit_line_ids, "
                + "tracking_number = excluded.tracking_number, carrier = excluded.carrier, package_id = "
                + "excluded.package_id, reason = excluded.reason, updated_at = now()", shipment.fulfilmentId(),
                shipment.shopId(), shipment.orderId(), shipment.state().name(), codec.writeText(shipment.fulfilment()),
                codec.writeText(shipment.unitLineIds()), shipment.trackingNumber(), shipment.carrier(),
                shipment.packageId(), shipment.reason());
    }

    /** Puts a parked fulfilment back in line; false when there is no parked one by that id. */
    public boolean replay(String fulfilmentId) {
        return jdbc.update("update fulfilment_shipment set state = 'PENDING', updated_at = now() where fulfilment_id = ? "
                + "and state = 'PARKED'", fulfilmentId) == 1;
    }
}
