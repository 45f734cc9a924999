package org.klangru;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition another thread or process brings about: polled until a deadline, never a fixed sleep. */
public final class Eventually {
    private Eventually() {}

    /** Polls {@code condition} every 50 ms until it holds; fails naming {@code what} when {@code limit} passes. */
    public static void await(Duration limit, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            LockSupport.parkNanos(50_000_000L); // between polls only; the condition decides
        }
    }
}
