package io.suitetok.catalog.source;

import io.suitetok.model.catalog.CatalogItem;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.ItemSnapshot;
import io.suitetok.netsuite.gateway.ItemSnapshot.MatrixRole;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads items through the NetSuite gateway. A change to one matrix child re-reads its whole family,
 * because TikTok lists the family as one product.
 */
public class NetSuiteCatalogSource implements CatalogSource {

    private final NetSuiteGateway netsuite;
    private final ItemFamilyMapper families;

    public NetSuiteCatalogSource(NetSuiteGateway netsuite, ItemFamilyMapper families) {
        this.netsuite = netsuite;
        this.families = families;
    }

    @Override
    public Instant serverTime() {
        return netsuite.serverTime();
    }

    @Override
    public List<CatalogItem> modifiedSince(Instant since) {
        Set<NetSuiteInternalId> heads = new LinkedHashSet<>();
        for (ItemSnapshot changed : allPages(netsuite.itemsModifiedSince(since))) {
            heads.add(changed.matrixRole() == MatrixRole.CHILD && changed.parent() != null ? changed.parent()
                    : changed.internalId());
        }
        return families.families(netsuite.itemsWithChildren(heads));
    }

    @Override
    public List<CatalogItem> byIds(Collection<String> internalIds) {
        return families.families(netsuite.itemsWithChildren(internalIds.stream().map(NetSuiteInternalId::new).toList()));
    }

    @Override
    public List<CatalogItem> all() {
        return families.families(allPages(netsuite.itemsModifiedSince(Instant.EPOCH)));
    }

    private List<ItemSnapshot> allPages(Page<ItemSnapshot> first) {
        List<ItemSnapshot> all = new ArrayList<>(first.items());
        Page<ItemSnapshot> page = first;
        while (page.next().isPresent()) {
            page = netsuite.moreItems(page.next().get());
            all.addAll(page.items());
        }
        return all;
    }
}
