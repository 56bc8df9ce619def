package io.suitetok.catalog.source;

import io.suitetok.model.catalog.CatalogItem;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Where items come from: NetSuite, behind a port so the SOAP adapter can give way to REST. */
public interface CatalogSource {

    /** NetSuite's clock, which the watermark is kept in (the hub's clock may drift from it). */
    Instant serverTime();

    /** Items (active or not) modified at or after {@code since}, matrix children grouped under parents. */
    List<CatalogItem> modifiedSince(Instant since);

    /** Items by NetSuite internal id, for on-demand publishing. */
    List<CatalogItem> byIds(Collection<String> internalIds);

    /** Every item, for a full publish. */
    List<CatalogItem> all();
}
