package org.houqin.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.houqin.support.WebUser;

/**
 * Signed-in users sending one kind of request for a while, each on its own thread and connection, either without
 * pause (capacity) or pausing 0.5–1.5 s after each answer (a mean think time of 1 s: latency at a realistic load).
 * The server's CPU time and this JVM's are read right before the users start and after the last has its answer.
 */
final class LoadRun {

    /** The answers' times, sorted; the errors; the run's length; and the CPU it cost (-1 when not measured). */
    record Result(long[] nanos, long errors, String firstError, long millis, long serverCpuMillis,
                  long appCpuMillis, long clientCpuMillis) {

        /** A line of the table: ..., errors, server CPU per request, the application's part of it, the client's. */
        String row(String name, int users, boolean thinking) {
            return "| %s | %d | %s | %d | %.0f | %s | %s | %s | %d | %s | %s | %s |%n".formatted(name, users,
                    thinking ? "1 s" : "none", nanos.length, nanos.length * 1000.0 / millis, ms(0.50), ms(0.95),
                    ms(0.99), errors, perRequest(serverCpuMillis), perRequest(appCpuMillis),
                    perRequest(clientCpuMillis));
        }

        double perSecond() {
            return nanos.length * 1000.0 / millis;
        }

        /** The answer time at a quantile, in ms (0 without answers). */
        double quantileMillis(double quantile) {
            return nanos.length == 0 ? 0
                    : nanos[Math.min(nanos.length - 1, (int) Math.ceil(quantile * nanos.length) - 1)] / 1_000_000.0;
        }

        /** Server CPU per request in ms, or -1 when not measured. */
        double serverCpuPerRequest() {
            return serverCpuMillis < 0 || nanos.length == 0 ? -1 : (double) serverCpuMillis / nanos.length;
        }

        private String perRequest(long cpuMillis) {
            return cpuMillis < 0 || nanos.length == 0 ? "-" : "%.1f".formatted((double) cpuMillis / nanos.length);
        }

        private String ms(double quantile) {
            if (nanos.length == 0) {
                return "-";
            }
            long at = nanos[Math.min(nanos.length - 1, (int) Math.ceil(quantile * nanos.length) - 1)];
            return "%.1f".formatted(at / 1_000_000.0);
        }
    }

    private LoadRun() {
    }

    static boolean ok(WebUser.Page page) {
        return page.status() == 200 || page.status() == 201;
    }

    static String describe(WebUser.Page page) {
        return page.status() + (page.location() == null ? "" : " to " + page.location());
    }

    /**
     * @param server the application and its database, whose CPU time per request is measured (null: not measured)
     * @param app    the application's JVM alone, to tell its part from the database's (null: not measured)
     */
    static Result run(List<WebUser> users, Function<WebUser, WebUser.Page> call, boolean thinking, int seconds,
                      ProcessTreeCpu server, ProcessTreeCpu app) throws InterruptedException {
        ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(users.size());
        long serverBefore = server == null ? -1 : server.millis();
        long appBefore = app == null ? -1 : app.millis();
        long clientBefore = clientCpuMillis();
        long start = System.currentTimeMillis();
        long end = start + seconds * 1_000L;
        for (WebUser user : users) {
            Thread thread = new Thread(() -> {
                try {
                    if (thinking) {
                        pause(ThreadLocalRandom.current().nextLong(1_000)); // users do not all start at once
                    }
                    while (System.currentTimeMillis() < end) {
                        long begin = System.nanoTime();
                        String error = send(user, call);
                        samples.add(System.nanoTime() - begin);
                        if (error != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, error);
                        }
                        if (thinking) {
                            pause(500 + ThreadLocalRandom.current().nextLong(1_000));
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        long millis = System.currentTimeMillis() - start;
        long serverCpu = server == null ? -1 : server.millis() - serverBefore;
        long appCpu = app == null ? -1 : app.millis() - appBefore;
        long clientCpu = clientCpuMillis() - clientBefore;
        long[] nanos = samples.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(nanos);
        return new Result(nanos, errors.get(), firstError.get(), millis, serverCpu, appCpu, clientCpu);
    }

    private static String send(WebUser user, Function<WebUser, WebUser.Page> call) {
        try {
            WebUser.Page page = call.apply(user);
            return ok(page) ? null : describe(page);
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long clientCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }
}
