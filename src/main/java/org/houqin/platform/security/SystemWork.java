package org.houqin.platform.security;

import java.util.function.Supplier;

/**
 * Marks work done by Houqin itself rather than for a user (start-up, first-run setup, schedules), which may see
 * every school. Keep such blocks small.
 */
public final class SystemWork {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private SystemWork() {
    }

    public static boolean isActive() {
        return ACTIVE.get();
    }

    public static <T> T call(Supplier<T> work) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
