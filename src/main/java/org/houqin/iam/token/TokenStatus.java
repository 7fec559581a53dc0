package org.houqin.iam.token;

/** Where a token stands: in use, past its expiry date, or revoked by its owner or an administrator. */
public enum TokenStatus {
    ACTIVE, EXPIRED, REVOKED;

    public String messageKey() {
        return "token.status." + name();
    }
}
