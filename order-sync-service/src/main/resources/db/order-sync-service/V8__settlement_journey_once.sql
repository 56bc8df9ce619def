-- Settlement steps come from settlement.statements.v1, where a statement (and its payment) may be announced
-- again under a new event id: the inbox cannot see that repeat, so the journey refuses a second row with the
-- same step and detail for an order. Partial, because other steps (PARKED with the same reason, say) may
-- rightly recur.
create unique index order_journey_settlement_once on order_journey (shop_id, order_id, step, detail)
    where step in ('SETTLED_BY_TIKTOK', 'PAID_OUT');
