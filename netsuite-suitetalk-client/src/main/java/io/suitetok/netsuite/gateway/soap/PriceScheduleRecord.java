package io.suitetok.netsuite.gateway.soap;

/**
 * The custom record the hub reads effective-dated prices from, by script id (defined in
 * docs/netsuite/price-schedule-custom-record.md). Its fields travel in the record's customFieldList.
 */
final class PriceScheduleRecord {

    static final String TYPE = "customrecord_suitetok_price_schedule";
    static final String ITEM = "custrecord_stps_item";
    static final String PRICE_LEVEL = "custrecord_stps_price_level";
    static final String CURRENCY = "custrecord_stps_currency";
    static final String PRICE = "custrecord_stps_price";
    static final String EFFECTIVE_FROM = "custrecord_stps_effective_from";
    static final String EFFECTIVE_TO = "custrecord_stps_effective_to";

    private PriceScheduleRecord() {
    }
}
