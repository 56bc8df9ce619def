package io.suitetok.netsuite.gateway;

import io.suitetok.model.id.NetSuiteInternalId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What the hub's services ask of NetSuite, in the hub's terms. Services depend on this port only; the
 * SuiteTalk SOAP adapter implements it today, and a SuiteTalk REST adapter can implement it later
 * (Oracle ends SOAP in 2028.2) without a change to any service.
 *
 * <p>Writes return one {@link WriteOutcome} per input, in input order, and never throw because one
 * record failed. Reads throw {@link io.suitetok.netsuite.fault.SuiteTalkException} when NetSuite cannot
 * be read after retries.
 */
public interface NetSuiteGateway {

    /**
     * Adds or updates Sales Orders by external id ({@code TTS-<shopId>-<orderId>}), so a retry, a
     * redelivery or a lost answer never makes a second order. A written order carries its tran id (the
     * SO number).
     */
    List<WriteOutcome> upsertSalesOrders(List<SalesOrderDraft> orders);

    /** Adds or updates customers by external id (for example one per TikTok buyer). */
    List<WriteOutcome> upsertCustomers(List<CustomerDraft> customers);

    /**
     * Stock per item and location. With {@code changedSince}, only rows whose quantity available
     * changed at or after it (NetSuite's {@code lastQtyAvailableChange}); {@code null} returns all.
     */
    List<ItemAvailabilityRow> itemAvailability(Collection<NetSuiteInternalId> items, Instant changedSince);

    /** Inventory items modified at or after {@code since}, first page. */
    Page<ItemSnapshot> itemsModifiedSince(Instant since);

    /** The page a previous {@link Page#next()} cursor points to. */
    Page<ItemSnapshot> moreItems(String cursor);

    /**
     * The named items and, for matrix parents among them, all their children: a matrix product is
     * listed whole, even when only one size changed.
     */
    List<ItemSnapshot> itemsWithChildren(Collection<NetSuiteInternalId> items);

    /** Item fulfilments (with packages and tracking numbers) modified at or after {@code since}, first page. */
    Page<FulfilmentSnapshot> fulfilmentsModifiedSince(Instant since);

    Page<FulfilmentSnapshot> moreFulfilments(String cursor);

    /** NetSuite's clock: take watermarks from it, not from the local clock. */
    Instant serverTime();
}
