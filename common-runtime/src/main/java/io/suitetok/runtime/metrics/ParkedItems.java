package io.suitetok.runtime.metrics;

/**
 * A service's items waiting for a person, for the {@code hub.parked.items} gauge ({@code hub_parked_items}):
 * declare one bean per flow with a cheap count over the service's own tables, e.g.
 * {@code new ParkedItems("order", "select count(*) from order_state where stage = 'PARKED'")}.
 *
 * @param flow     the gauge's {@code flow} label
 * @param countSql one row, one numeric column; runs in the service's schema
 */
public record ParkedItems(String flow, String countSql) {
}
