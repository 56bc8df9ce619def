package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorization;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItem;
import java.util.List;

/**
 * A Return Authorization's status from its lines, with NetSuite's status names. The simulator's
 * simplification (UNVERIFIED against NetSuite's exact transitions): every line closed is "Closed"; every
 * open line credited in full is "Refunded"; every open line received in full is "Pending Refund"; some
 * units received is "Partially Received" ("Pending Refund/Partially Received" once something is credited
 * too); otherwise "Pending Receipt". A credit memo without receipt also counts as credited.
 */
final class ReturnAuthorizationProgress {

    private ReturnAuthorizationProgress() {
    }

    static void update(ReturnAuthorization rma) {
        List<ReturnAuthorizationItem> lines = rma.getItemList() == null ? List.of() : rma.getItemList().getItem();
        List<ReturnAuthorizationItem> open = lines.stream().filter(line -> !Boolean.TRUE.equals(line.isIsClosed()))
                .toList();
        if (open.isEmpty()) {
            rma.setStatus("Closed");
            return;
        }
        boolean allCredited = open.stream().allMatch(line ->
                Quantities.orZero(line.getQuantityBilled()).compareTo(line.getQuantity()) >= 0);
        boolean anyCredited = open.stream().anyMatch(line -> Quantities.orZero(line.getQuantityBilled()).signum() > 0);
        boolean allReceived = open.stream().allMatch(line ->
                Quantities.orZero(line.getQuantityReceived()).compareTo(line.getQuantity()) >= 0);
        boolean anyReceived = open.stream().anyMatch(line -> Quantities.orZero(line.getQuantityReceived()).signum() > 0);
        if (allCredited) {
            rma.setStatus("Refunded");
        } else if (allReceived) {
            rma.setStatus("Pending Refund");
        } else if (anyReceived) {
            rma.setStatus(anyCredited ? "Pending Refund/Partially Received" : "Partially Received");
        } else {
            rma.setStatus("Pending Receipt");
        }
    }
}
