package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.SearchBooleanField;
import com.netsuite.webservices.platform.core_2025_2.SearchDateField;
import com.netsuite.webservices.platform.core_2025_2.SearchEnumMultiSelectField;
import com.netsuite.webservices.platform.core_2025_2.SearchMultiSelectField;
import com.netsuite.webservices.platform.core_2025_2.SearchStringField;
import com.netsuite.webservices.platform.core_2025_2.SearchTextNumberField;
import com.netsuite.webservices.platform.core_2025_2.types.SearchEnumMultiSelectFieldOperator;
import com.netsuite.webservices.platform.core_2025_2.types.SearchMultiSelectFieldOperator;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Whether one value passes one search criterion; an absent criterion passes everything. */
final class SearchFieldMatch {

    private SearchFieldMatch() {
    }

    static boolean date(SearchDateField field, OffsetDateTime value) {
        if (field == null || field.getOperator() == null) {
            return true;
        }
        OffsetDateTime a = field.getSearchValue();
        OffsetDateTime b = field.getSearchValue2();
        return switch (field.getOperator()) {
            case EMPTY -> value == null;
            case NOT_EMPTY -> value != null;
            case AFTER, NOT_ON_OR_BEFORE -> value != null && value.isAfter(a);
            case BEFORE, NOT_ON_OR_AFTER -> value != null && value.isBefore(a);
            case ON_OR_AFTER, NOT_BEFORE -> value != null && !value.isBefore(a);
            case ON_OR_BEFORE, NOT_AFTER -> value != null && !value.isAfter(a);
            case ON -> value != null && value.toLocalDate().equals(a.toLocalDate());
            case NOT_ON -> value != null && !value.toLocalDate().equals(a.toLocalDate());
            case WITHIN -> value != null && !value.isBefore(a) && !value.isAfter(b);
            case NOT_WITHIN -> value != null && (value.isBefore(a) || value.isAfter(b));
        };
    }

    static boolean string(SearchStringField field, String value) {
        if (field == null || field.getOperator() == null) {
            return true;
        }
        String wanted = field.getSearchValue() == null ? "" : field.getSearchValue().toLowerCase(Locale.ROOT);
        String actual = value == null ? "" : value.toLowerCase(Locale.ROOT);
        return switch (field.getOperator()) {
            case IS -> actual.equals(wanted);
            case IS_NOT -> !actual.equals(wanted);
            case CONTAINS, HAS_KEYWORDS -> actual.contains(wanted);
            case DOES_NOT_CONTAIN -> !actual.contains(wanted);
            case STARTS_WITH -> actual.startsWith(wanted);
            case DOES_NOT_START_WITH -> !actual.startsWith(wanted);
            case EMPTY -> actual.isEmpty();
            case NOT_EMPTY -> !actual.isEmpty();
        };
    }

    static boolean textNumber(SearchTextNumberField field, String value) {
        if (field == null || field.getOperator() == null) {
            return true;
        }
        String wanted = field.getSearchValue();
        return switch (field.getOperator()) {
            case EQUAL_TO -> wanted != null && wanted.equals(value);
            case NOT_EQUAL_TO -> wanted == null || !wanted.equals(value);
            case EMPTY -> value == null || value.isEmpty();
            case NOT_EMPTY -> value != null && !value.isEmpty();
            default -> false;
        };
    }

    static boolean bool(SearchBooleanField field, Boolean value) {
        return field == null || field.isSearchValue() == null
                || field.isSearchValue().equals(Boolean.TRUE.equals(value));
    }

    /** By internal id, or by external id when the criterion names one. */
    static boolean multi(SearchMultiSelectField field, String internalId, String externalId) {
        if (field == null || field.getSearchValue().isEmpty()) {
            return true;
        }
        boolean any = field.getSearchValue().stream().anyMatch(ref -> same(ref, internalId, externalId));
        return field.getOperator() == SearchMultiSelectFieldOperator.NONE_OF ? !any : any;
    }

    static boolean reference(SearchMultiSelectField field, RecordRef value) {
        return multi(field, value == null ? null : value.getInternalId(), value == null ? null : value.getExternalId());
    }

    static boolean enumeration(SearchEnumMultiSelectField field, String value) {
        if (field == null || field.getSearchValue().isEmpty()) {
            return true;
        }
        boolean any = field.getSearchValue().contains(value);
        return field.getOperator() == SearchEnumMultiSelectFieldOperator.NONE_OF ? !any : any;
    }

    private static boolean same(RecordRef ref, String internalId, String externalId) {
        if (ref.getInternalId() != null) {
            return ref.getInternalId().equals(internalId);
        }
        return ref.getExternalId() != null && ref.getExternalId().equals(externalId);
    }
}
