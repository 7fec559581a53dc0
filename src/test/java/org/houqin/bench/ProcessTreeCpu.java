package org.houqin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The CPU time a tree of processes has used, from Linux's /proc: the roots and every process descended from them,
 * each counted with its own user and system time plus what its children that ended had used ({@code cutime},
 * {@code cstime}), so a database backend that exits during a run still counts. Read before and after a run, the
 * difference is what serving it cost, whichever process spent it.
 */
final class ProcessTreeCpu {

    /** A process's line in /proc/[pid]/stat, the fields after the command name: ppid and the four times. */
    private record Stat(long pid, long parent, long ticks) {
    }

    private final List<Long> roots;
    private final long ticksPerSecond;

    ProcessTreeCpu(List<Long> roots) {
        this.roots = List.copyOf(roots);
        this.ticksPerSecond = clockTicks();
    }

    /** The CPU milliseconds the tree has used so far. */
    long millis() {
        return tree().stream().mapToLong(Stat::ticks).sum() * 1000 / ticksPerSecond;
    }

    /** How many processes the tree has now (to show that the database's processes were found). */
    int processes() {
        return tree().size();
    }

    private List<Stat> tree() {
        Map<Long, Stat> all = new HashMap<>();
        Map<Long, List<Long>> children = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(p -> read(p.resolve("stat"))).filter(Objects::nonNull).forEach(stat -> {
                        all.put(stat.pid(), stat);
                        children.computeIfAbsent(stat.parent(), key -> new ArrayList<>()).add(stat.pid());
                    });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list /proc", e);
        }
        List<Stat> tree = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> next = new ArrayDeque<>(roots);
        while (!next.isEmpty()) {
            long pid = next.pop();
            Stat stat = all.get(pid);
            if (stat != null && seen.add(pid)) {
                tree.add(stat);
                next.addAll(children.getOrDefault(pid, List.of()));
            }
        }
        return tree;
    }

    private static Stat read(Path stat) {
        try {
            String line = Files.readString(stat);
            // the command name is in parentheses and may hold spaces: count the fields after its closing one
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(line.substring(0, line.indexOf(' ')));
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
            return new Stat(pid, Long.parseLong(fields[1]), ticks);
        } catch (IOException | RuntimeException e) {
            return null; // the process ended while the list was read
        }
    }

    /** {@code getconf CLK_TCK}: the unit of the times in /proc (100 on Linux almost everywhere). */
    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes()).strip();
            getconf.waitFor();
            return Long.parseLong(answer);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
