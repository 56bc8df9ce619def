package io.suitetok.model;

/**
 * The model's one null check, so records state their required fields in one line:
 * {@code Required.present("shopId", shopId, "sellerSku", sellerSku)}. The message names the field,
 * which is what reaches the dead-letter header or the parked-item reason.
 */
public final class Required {

    private Required() {
    }

    /** Arguments alternate: a field name, then its value. */
    public static void present(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Required.present takes name, value pairs");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                throw new IllegalArgumentException(namesAndValues[i] + " is required");
            }
        }
    }
}
