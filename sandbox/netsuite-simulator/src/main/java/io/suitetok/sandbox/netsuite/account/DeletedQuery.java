package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.DeletedRecord;
import com.netsuite.webservices.platform.core_2025_2.DeletedRecordList;
import com.netsuite.webservices.platform.core_2025_2.GetDeletedFilter;
import com.netsuite.webservices.platform.core_2025_2.GetDeletedResult;
import java.util.List;

/** getDeleted: records deleted in the account, filtered by deletion date and record type, 1,000 a page. */
final class DeletedQuery {

    static final int PAGE_SIZE = 1000;

    private final AccountState state;

    DeletedQuery(AccountState state) {
        this.state = state;
    }

    GetDeletedResult run(GetDeletedFilter filter, int pageIndex) {
        List<Deletion> matches = state.records.deleted().stream()
                .filter(deleted -> filter == null
                        || SearchFieldMatch.date(filter.getDeletedDate(), deleted.deletedDate()))
                .filter(deleted -> filter == null
                        || SearchFieldMatch.enumeration(filter.getType(), deleted.type().value()))
                .toList();
        int totalPages = (matches.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        GetDeletedResult result = new GetDeletedResult();
        if (pageIndex < 1 || (pageIndex > totalPages && !matches.isEmpty())) {
            result.setStatus(Responses.failure("INVALID_PAGE_INDEX",
                    "Page " + pageIndex + " is outside 1 to " + totalPages + "."));
            return result;
        }
        DeletedRecordList list = new DeletedRecordList();
        int from = (pageIndex - 1) * PAGE_SIZE;
        for (Deletion deleted : matches.subList(Math.min(from, matches.size()),
                Math.min(from + PAGE_SIZE, matches.size()))) {
            DeletedRecord row = new DeletedRecord();
            row.setDeletedDate(deleted.deletedDate());
            var ref = Responses.ref(deleted.type(), deleted.internalId(), null);
            ref.setName(deleted.name());
            row.setRecord(ref);
            list.getDeletedRecord().add(row);
        }
        result.setStatus(Responses.success());
        result.setTotalRecords(matches.size());
        result.setPageSize(PAGE_SIZE);
        result.setTotalPages(totalPages);
        result.setPageIndex(pageIndex);
        result.setDeletedRecordList(list);
        return result;
    }
}
