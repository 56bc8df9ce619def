package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemo;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemoItem;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemoItemList;
import io.suitetok.netsuite.gateway.CreditMemoDraft;
import io.suitetok.netsuite.gateway.ReturnedItem;
import io.suitetok.netsuite.wire.RecordRefs;
import java.util.List;

/**
 * A {@link CreditMemoDraft} as a SuiteTalk {@code CreditMemo}. From a Return Authorization it is made
 * by initialize (so NetSuite links it to the RA) and the prefilled lines are replaced by the draft's,
 * each keeping the RA line of its item as orderLine; without one it is a standalone memo for the
 * customer. Either way its lines and shipping are exactly the draft's, so its total is the draft's.
 */
final class CreditMemoMapper {

    private CreditMemoMapper() {
    }

    static InitializeRecord initializeFrom(CreditMemoDraft draft) {
        return Initialize.from(InitializeType.CREDIT_MEMO, InitializeRefType.RETURN_AUTHORIZATION,
                draft.returnAuthorizationExternalId());
    }

    static CreditMemo fromReturn(CreditMemo initialized, CreditMemoDraft draft) {
        List<CreditMemoItem> prefilled = initialized.getItemList() == null ? List.of()
                : initialized.getItemList().getItem();
        CreditMemo memo = initialized;
        memo.setInternalId(null);
        if (memo.getEntity() == null) {
            memo.setEntity(SalesOrderMapper.ref(draft.customer()));
        }
        if (memo.getSubsidiary() == null) {
            memo.setSubsidiary(SalesOrderMapper.ref(draft.subsidiary()));
        }
        if (memo.getCurrency() == null) {
            memo.setCurrency(SalesOrderMapper.ref(draft.currency()));
        }
        fill(memo, draft, prefilled);
        return memo;
    }

    static CreditMemo standalone(CreditMemoDraft draft) {
        CreditMemo memo = new CreditMemo();
        memo.setEntity(SalesOrderMapper.ref(draft.customer()));
        memo.setSubsidiary(SalesOrderMapper.ref(draft.subsidiary()));
        memo.setCurrency(SalesOrderMapper.ref(draft.currency()));
        fill(memo, draft, List.of());
        return memo;
    }

    private static void fill(CreditMemo memo, CreditMemoDraft draft, List<CreditMemoItem> prefilled) {
        memo.setExternalId(draft.externalId());
        memo.setTranDate(SalesOrderMapper.asTranDate(draft.tranDate()));
        if (draft.location() != null) {
            memo.setLocation(SalesOrderMapper.ref(draft.location()));
        }
        memo.setOtherRefNum(draft.otherRefNum());
        memo.setMemo(draft.memo());
        memo.setShippingCost(draft.shippingCost());
        CreditMemoItemList lines = new CreditMemoItemList();
        for (ReturnedItem credited : draft.lines()) {
            CreditMemoItem source = prefilled.stream()
                    .filter(line -> credited.item().equals(WireValues.id(line.getItem()))).findFirst().orElse(null);
            CreditMemoItem line = new CreditMemoItem();
            line.setItem(SalesOrderMapper.ref(credited.item()));
            line.setOrderLine(source == null ? null : source.getOrderLine());
            line.setQuantity(credited.quantity());
            line.setDescription(credited.description() != null ? credited.description()
                    : source == null ? null : source.getDescription());
            line.setPrice(RecordRefs.internal(SalesOrderMapper.CUSTOM_PRICE_LEVEL));
            line.setRate(credited.rate().toPlainString());
            line.setLocation(draft.location() != null ? SalesOrderMapper.ref(draft.location())
                    : source == null ? null : source.getLocation());
            lines.getItem().add(line);
        }
        memo.setItemList(lines);
        memo.setCustomFieldList(SalesOrderMapper.customFields(draft.customFields()));
    }
}
