package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import java.time.OffsetDateTime;

/** A record someone deleted in the account, as getDeleted reports it. */
public record Deletion(RecordType type, String internalId, String name, OffsetDateTime deletedDate) {
}
