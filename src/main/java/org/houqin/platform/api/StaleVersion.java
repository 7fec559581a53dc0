package org.houqin.platform.api;

import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A write refused because the document changed since the client read it, carrying the version it has now: the API
 * answers 409 with {@code currentVersion}, so a client can read the document again and decide.
 */
public class StaleVersion extends OptimisticLockingFailureException {

    private final int currentVersion;

    public StaleVersion(int currentVersion, Throwable cause) {
        super("changed since read; now at version " + currentVersion, cause);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

    /**
     * Runs a versioned write; when it is refused as stale, reads the current version (after the refused transaction
     * rolled back) and refuses with it.
     */
    public static <T> T guard(IntSupplier current, Supplier<T> write) {
        try {
            return write.get();
        } catch (StaleVersion stale) {
            throw stale;
        } catch (OptimisticLockingFailureException stale) {
            throw new StaleVersion(current.getAsInt(), stale);
        }
    }

    public static void guard(IntSupplier current, Runnable write) {
        guard(current, () -> {
            write.run();
            return null;
        });
    }
}
