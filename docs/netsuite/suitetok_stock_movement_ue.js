/**
 * SuiteTok Hub: report stock movements to inventory-sync-service.
 *
 * A sample user event script (SuiteScript 2.1). Deploy it on the records that move stock: Item
 * Fulfillment, Item Receipt, Inventory Adjustment, Inventory Transfer, Transfer Order and Sales Order
 * (a Sales Order commits stock). After each save it posts the internal ids of the items on the record
 * to the hub, which then reads their availability itself; the call carries no quantities, so a lost
 * or repeated call is harmless and the hub's poll still catches anything this script misses.
 *
 * Script parameters (on the script record):
 *   custscript_suitetok_movement_url     https://<hub host>/inventory/movements
 *   custscript_suitetok_movement_secret  script id of an API secret (Setup > Company > API Secrets)
 *                                        holding the value of hub.inventory.movement-secret
 *
 * The body is signed with HMAC-SHA256 under that secret; the hex digest goes in X-SuiteTok-Signature.
 * The hub answers 202 when it queued the items, 401 for a bad signature, 400 for a body it cannot read.
 *
 * This is a sample: test it in a sandbox account, and check the governance units it uses (one
 * https.post per save) against the script's limits before deploying it on busy records.
 *
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 */
define(['N/https', 'N/crypto', 'N/encode', 'N/runtime', 'N/log'], (https, crypto, encode, runtime, log) => {

    // Sublists that name items on the stock-moving record types above.
    const ITEM_SUBLISTS = ['item', 'inventory'];

    const movedItems = (record) => {
        const items = new Set();
        ITEM_SUBLISTS.forEach((sublistId) => {
            const lines = record.getLineCount({ sublistId });
            for (let line = 0; line < lines; line += 1) {
                const item = record.getSublistValue({ sublistId, fieldId: 'item', line });
                if (item) {
                    items.add(String(item));
                }
            }
        });
        return [...items];
    };

    const signatureOf = (body, secretScriptId) => {
        const key = crypto.createSecretKey({ secret: secretScriptId, encoding: encode.Encoding.UTF_8 });
        const hmac = crypto.createHmac({ algorithm: crypto.HashAlg.SHA256, key });
        hmac.update({ input: body, inputEncoding: encode.Encoding.UTF_8 });
        return hmac.digest({ outputEncoding: encode.Encoding.HEX }).toLowerCase();
    };

    const afterSubmit = (context) => {
        // A deleted transaction gives its stock back too; the old record still lists the items.
        const record = context.type === context.UserEventType.DELETE ? context.oldRecord : context.newRecord;
        const items = movedItems(record);
        if (items.length === 0) {
            return;
        }
        const script = runtime.getCurrentScript();
        const url = script.getParameter({ name: 'custscript_suitetok_movement_url' });
        const secret = script.getParameter({ name: 'custscript_suitetok_movement_secret' });
        const body = JSON.stringify({ items, record: `${record.type}:${record.id}` });
        try {
            const response = https.post({
                url,
                body,
                headers: {
                    'Content-Type': 'application/json',
                    'X-SuiteTok-Signature': signatureOf(body, secret),
                },
            });
            if (response.code !== 202) {
                log.error({ title: 'SuiteTok movement not accepted', details: `${response.code} ${response.body}` });
            }
        } catch (e) {
            // Never block the user's save: the hub's poll reads the change a little later.
            log.error({ title: 'SuiteTok movement call failed', details: e.message });
        }
    };

    return { afterSubmit };
});
