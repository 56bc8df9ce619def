/**
 * SuiteTok Hub: validate a price schedule (customrecord_suitetok_price_schedule) before it is saved.
 *
 * A sample user event script (SuiteScript 2.1). Deploy it on the custom record type SuiteTok Price
 * Schedule, event types Create, Edit and XEdit (inline edits and CSV imports run beforeSubmit too).
 * A schedule the hub would have to refuse is refused here instead, where the merchandiser sees why:
 *   - Effective From is set, and before Effective To when that is set;
 *   - the price is zero or more;
 *   - no other active schedule for the same item, price level and currency overlaps it
 *     (from-inclusive, to-exclusive; an empty Effective To runs on for ever).
 * An inactive (withdrawn) schedule is not checked for overlaps: withdrawing must always be possible.
 *
 * The record definition: docs/netsuite/price-schedule-custom-record.md. This is a sample: try it in a
 * sandbox account first; the overlap check runs one search (10 governance units) per save.
 *
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 */
define(['N/search', 'N/error'], (search, error) => {

    const RECORD_TYPE = 'customrecord_suitetok_price_schedule';
    const FIELD = {
        item: 'custrecord_stps_item',
        priceLevel: 'custrecord_stps_price_level',
        currency: 'custrecord_stps_currency',
        price: 'custrecord_stps_price',
        from: 'custrecord_stps_effective_from',
        to: 'custrecord_stps_effective_to',
    };

    const refuse = (message) => {
        throw error.create({ name: 'SUITETOK_PRICE_SCHEDULE_INVALID', message, notifyOff: true });
    };

    // An XEdit's new record holds only the fields that changed (a cleared one included); the rest
    // come from the saved record.
    const valueOf = (context, fieldId) => {
        if (context.type === context.UserEventType.XEDIT && context.oldRecord
                && !context.newRecord.getFields().includes(fieldId)) {
            return context.oldRecord.getValue({ fieldId });
        }
        return context.newRecord.getValue({ fieldId });
    };

    const toTime = (value) => (value instanceof Date ? value.getTime() : null);

    const overlappingSchedule = (id, item, priceLevel, currency, from, to) => {
        const filters = [
            ['isinactive', 'is', 'F'], 'AND',
            [FIELD.item, 'anyof', item], 'AND',
            [FIELD.priceLevel, 'anyof', priceLevel], 'AND',
            [FIELD.currency, 'anyof', currency],
        ];
        if (id) {
            filters.push('AND', ['internalid', 'noneof', id]);
        }
        const columns = [FIELD.from, FIELD.to];
        let clash = null;
        search.create({ type: RECORD_TYPE, filters, columns }).run().each((result) => {
            // Dates are compared here rather than in the filter, so an empty "to" on either side is open.
            const otherFrom = toTime(parseDate(result.getValue({ name: FIELD.from })));
            const otherTo = toTime(parseDate(result.getValue({ name: FIELD.to })));
            const endsBefore = to !== null && otherFrom !== null && to <= otherFrom;
            const startsAfter = otherTo !== null && otherTo <= from;
            if (!endsBefore && !startsAfter) {
                clash = result.id;
                return false;
            }
            return true;
        });
        return clash;
    };

    // Search results give dates as text in the user's format; N/format would tie the sample to a locale
    // setting, so this relies on Date parsing and refuses to guess when it fails.
    const parseDate = (text) => {
        if (!text) {
            return null;
        }
        const parsed = new Date(text);
        if (Number.isNaN(parsed.getTime())) {
            refuse(`Could not read the date "${text}" of another schedule; check it by hand.`);
        }
        return parsed;
    };

    const beforeSubmit = (context) => {
        if (context.type === context.UserEventType.DELETE) {
            return;
        }
        const from = toTime(valueOf(context, FIELD.from));
        const to = toTime(valueOf(context, FIELD.to));
        const price = valueOf(context, FIELD.price);
        if (from === null) {
            refuse('Effective From is required.');
        }
        if (to !== null && from >= to) {
            refuse('Effective From must be before Effective To.');
        }
        if (price === null || price === '' || Number(price) < 0) {
            refuse('The price must be zero or more.');
        }
        const inactive = valueOf(context, 'isinactive');
        if (inactive === true || inactive === 'T') {
            return;
        }
        const clash = overlappingSchedule(context.newRecord.id, valueOf(context, FIELD.item),
            valueOf(context, FIELD.priceLevel), valueOf(context, FIELD.currency), from, to);
        if (clash) {
            refuse(`This schedule overlaps active price schedule ${clash} for the same item, price level `
                + 'and currency. End or withdraw that one first.');
        }
    };

    return { beforeSubmit };
});
