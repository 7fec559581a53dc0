package org.houqin.platform.db;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Versioned rows: every change is {@code UPDATE … SET …, version = version + 1 WHERE … AND version = :seen}, and one
 * that found nothing to change means someone else changed the row since it was read. The web layer turns that into
 * the conflict page (or 409), and nothing of the transaction is kept.
 */
public final class Versioned {

    private Versioned() {
    }

    /** Refuses the change when the versioned UPDATE changed no row. */
    public static void saved(int updatedRows, String what, long id) {
        if (updatedRows != 1) {
            throw new OptimisticLockingFailureException(what + " " + id + " changed");
        }
    }

    public static void saved(boolean updated, String what, long id) {
        saved(updated ? 1 : 0, what, id);
    }
}
