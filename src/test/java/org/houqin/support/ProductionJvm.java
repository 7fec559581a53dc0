package org.houqin.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application in a JVM of its own with the options production gives it (operations.md), on the embedded database
 * in a fresh folder under target/ with the demo school, for checks and benchmarks of what fits in that heap. The JVM
 * exits on an OutOfMemoryError, so a request that exhausts the heap cannot pass unnoticed, and logs its collections
 * (with the heap in use before each), from which {@link #peakHeapMegabytes(int)} reads the most it used.
 */
public final class ProductionJvm implements AutoCloseable {

    /**
     * As operations.md gives them to the jar, and the build to {@code spring-boot:run}; with them, the environment's
     * {@code MALLOC_ARENA_MAX=2}.
     */
    public static final List<String> OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m");

    private static final Pattern LISTENING = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern DATABASE = Pattern.compile("Embedded PostgreSQL running on port (\\d+)");
    /** Ready for traffic: after the start-up runners, the demo school among them (logged at debug level). */
    private static final Pattern STARTED = Pattern.compile("ReadinessState changed .*to ACCEPTING_TRAFFIC");
    /** A collection in -Xlog:gc, e.g. "GC(7) Pause Young (Allocation Failure) 70M->21M(247M) 3.1ms". */
    private static final Pattern COLLECTION = Pattern.compile(
            " GC\\(\\d+\\) .* (\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");

    private final Process process;
    private final Path folder;
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final CompletableFuture<Integer> databasePort = new CompletableFuture<>();
    private final long started = System.nanoTime();
    private volatile long readyNanos;

    private ProductionJvm(Process process, Path folder) {
        this.process = process;
        this.folder = folder;
    }

    /** Starts the application and returns at once; {@link #port()} waits until it serves. */
    public static ProductionJvm start(String name) throws IOException {
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        return startIn(Files.createTempDirectory(target, name + "-"));
    }

    /**
     * Starts the application again on the folder of an earlier one that has stopped ({@link #folder()}), its
     * database and all: a warm start, as after a restart in production.
     */
    public static ProductionJvm startIn(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        command.addAll(extraOptions(folder));
        command.addAll(List.of("-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + folder.resolve("gc.log"),
                "-cp", System.getProperty("java.class.path"), "org.houqin.HouqinApplication", "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.org.springframework.boot.availability=debug",
                "--houqin.data-dir=" + folder.resolve("data")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("HOUQIN_"));
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        for (String variable : System.getProperty("bench.env", "").strip().split("\\s+")) {
            if (variable.contains("=")) {
                builder.environment().put(variable.substring(0, variable.indexOf('=')),
                        variable.substring(variable.indexOf('=') + 1));
            }
        }
        ProductionJvm jvm = new ProductionJvm(builder.start(), folder);
        Thread output = new Thread(jvm::keepOutput, name + "-output");
        output.setDaemon(true);
        output.start();
        return jvm;
    }

    /**
     * JVM options a benchmark run adds through {@code -Dbench.jvmArgs}, separated by spaces, e.g. a flight recording
     * ({@code -XX:StartFlightRecording=filename=@folder/app-@start.jfr,settings=profile}); {@code @folder} stands
     * for this run's folder under target/, {@code @start} for the time of this start (a restart in the same folder
     * keeps the first start's files).
     */
    private static List<String> extraOptions(Path folder) {
        String options = System.getProperty("bench.jvmArgs", "").strip();
        if (options.isEmpty()) {
            return List.of();
        }
        return List.of(options.replace("@folder", folder.toString())
                .replace("@start", Long.toString(System.currentTimeMillis())).split("\\s+"));
    }

    /** From the start of the process until it was ready for traffic, in milliseconds (after {@link #port()}). */
    public long startupMillis() {
        port();
        return (readyNanos - started) / 1_000_000;
    }

    /** The process's resident memory now (VmRSS from /proc), in MB; the embedded PostgreSQL is not counted. */
    public long residentMegabytes() throws IOException {
        return status("VmRSS:");
    }

    /**
     * With {@code -XX:NativeMemoryTracking=summary} among {@code -Dbench.jvmArgs}: the JVM's own account of its
     * memory by kind ({@code jcmd VM.native_memory summary}, kept in the run's folder), else nothing.
     */
    public String nativeMemory() throws IOException, InterruptedException {
        if (!System.getProperty("bench.jvmArgs", "").contains("NativeMemoryTracking")) {
            return "";
        }
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid()), "VM.native_memory", "summary").redirectErrorStream(true).start();
        String summary = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        Files.writeString(folder.resolve("native-memory.txt"), summary);
        return summary.lines().filter(line -> line.startsWith("Total") || line.matches("-\\s+\\S.*\\(reserved=.*"))
                .map(String::strip).collect(java.util.stream.Collectors.joining("\n", "Native memory:\n", "\n"));
    }

    /** The most resident memory the process has had (VmHWM from /proc), in MB. */
    public long peakResidentMegabytes() throws IOException {
        return status("VmHWM:");
    }

    private long status(String field) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                .filter(line -> line.startsWith(field))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(0);
    }

    /** The HTTP port, once the application is ready (at most three minutes after the start). */
    public int port() {
        return await(port);
    }

    /** The embedded PostgreSQL's port (user {@code postgres}, no password, database {@code houqin}), once it runs. */
    public int databasePort() {
        return await(databasePort);
    }

    /** The application's process id, e.g. to read its CPU time from /proc. */
    public long pid() {
        return process.pid();
    }

    private int await(CompletableFuture<Integer> value) {
        try {
            return value.get(3, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The application did not start; see " + folder.resolve("app.log"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Collections logged so far, to read the peak of what follows. */
    public int collections() {
        return collectionsLogged().size();
    }

    /** The most heap in use before any collection after the first {@code since}, in MB. */
    public long peakHeapMegabytes(int since) {
        List<long[]> all = collectionsLogged();
        return all.subList(Math.min(since, all.size()), all.size()).stream().mapToLong(c -> c[0]).max().orElse(0);
    }

    /** The most heap still in use after any collection after the first {@code since}, in MB: what was live. */
    public long peakLiveHeapMegabytes(int since) {
        List<long[]> all = collectionsLogged();
        return all.subList(Math.min(since, all.size()), all.size()).stream().mapToLong(c -> c[1]).max().orElse(0);
    }

    /** The heap in use after the last collection, in MB: what is live, right after {@link #collect()}. */
    public long heapAfterLastCollectionMegabytes() {
        List<long[]> all = collectionsLogged();
        return all.isEmpty() ? 0 : all.get(all.size() - 1)[1];
    }

    /** A full collection now ({@code jcmd GC.run}), so that the log also holds the heap in use at this moment. */
    public void collect() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!gc.waitFor(1, TimeUnit.MINUTES)) {
            gc.destroyForcibly();
        }
    }

    /**
     * Kills the JVM at once (SIGKILL), as {@code kill -9} or a power cut would: no shutdown hook runs, its embedded
     * PostgreSQL is left running and rolls back what the JVM had not committed. {@link #startIn(Path)} starts again.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Stops the application as a service manager would, and then its PostgreSQL if it was left behind. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
    }

    private void keepOutput() {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer log = Files.newBufferedWriter(folder.resolve("app.log"))) {
            int listening = 0;
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                log.write(line);
                log.write('\n');
                log.flush();
                Matcher database = DATABASE.matcher(line);
                if (database.find()) {
                    databasePort.complete(Integer.parseInt(database.group(1)));
                }
                Matcher tomcat = LISTENING.matcher(line);
                if (tomcat.find()) {
                    listening = Integer.parseInt(tomcat.group(1));
                }
                if (!port.isDone() && STARTED.matcher(line).find()) {
                    readyNanos = System.nanoTime();
                    port.complete(listening);
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
            databasePort.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("The application stopped"));
        databasePort.completeExceptionally(new IllegalStateException("The application stopped"));
    }

    /** Each collection's heap in use before and after it, in MB. */
    private List<long[]> collectionsLogged() {
        try (var lines = Files.lines(folder.resolve("gc.log"))) {
            return lines.map(COLLECTION::matcher).filter(Matcher::find)
                    .map(m -> new long[] {megabytes(m.group(1), m.group(2)), megabytes(m.group(3), m.group(4))})
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long megabytes(String number, String unit) {
        long amount = Long.parseLong(number);
        return switch (unit) {
            case "K" -> amount / 1024;
            case "G" -> amount * 1024;
            default -> amount;
        };
    }
}
