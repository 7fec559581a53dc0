package org.houqin.assets;

/** Where an asset stands: 在用, 闲置, 维修中, 借出, 待报废, 已报废. */
public enum AssetStatus {
    IN_USE, IDLE, REPAIRING, LENT, PENDING_DISPOSAL, DISPOSED;

    /** The label's message key, e.g. for the API's {@code …Label} fields. */
    public String messageKey() {
        return "asset.status." + name();
    }

    public String badge() {
        return switch (this) {
            case IN_USE -> "text-bg-success";
            case IDLE -> "text-bg-secondary";
            case REPAIRING -> "text-bg-warning";
            case LENT -> "text-bg-info";
            case PENDING_DISPOSAL -> "text-bg-danger";
            case DISPOSED -> "text-bg-light";
        };
    }

    /** The statuses a keeper may set by hand; the others follow from loans, disposal and repairs. */
    public boolean settable() {
        return this == IN_USE || this == IDLE || this == REPAIRING;
    }
}
