package org.houqin.platform.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.houqin.platform.HouqinProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code java -jar houqin.jar backup --to DIR} and {@code restore --from FILE}: without the web server and without the
 * application's beans, only its settings ({@code HOUQIN_DATA_DIR}, {@code HOUQIN_DB_URL}… and {@code --houqin.*}).
 * Exit status 0 when everything matches the manifest, 1 when something differs, 2 when it could not run, 64 for a
 * command line it does not understand.
 */
public final class BackupCommand {

    static final int MISMATCH = 1;
    static final int FAILED = 2;
    static final int USAGE = 64;

    private final PrintStream out;

    BackupCommand(PrintStream out) {
        this.out = out;
    }

    /** Whether the command line asks for a backup or a restore rather than the application. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    public static int run(String[] args) {
        LoggingSystem logging = LoggingSystem.get(BackupCommand.class.getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        return new BackupCommand(System.out).execute(args);
    }

    int execute(String[] args) {
        String path = option(args, args[0].equals("backup") ? "--to" : "--from");
        if (path == null) {
            out.println("Usage: java -jar houqin.jar backup --to DIR | restore --from FILE [--houqin.data-dir=…]");
            return USAGE;
        }
        try {
            HouqinProperties properties = settings(springArguments(args));
            try (CommandDatabase database = CommandDatabase.of(properties)) {
                Path files = properties.dataDir().resolve("files").toAbsolutePath();
                out.println("Using " + database.description() + " and the files in " + files);
                return args[0].equals("backup") ? backup(database, files, properties, Path.of(path))
                        : restore(database, files, Path.of(path));
            }
        } catch (BackupException e) {
            out.println("Refused: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            out.println("Failed: " + e);
            return FAILED;
        }
    }

    private int backup(CommandDatabase database, Path files, HouqinProperties properties, Path folder) {
        ArchiveWriter writer = new ArchiveWriter(database.owner(), files, properties.timeZone(), Clock.systemUTC());
        ArchiveWriter.Written archive = writer.writeTo(folder.toAbsolutePath());
        out.println("Wrote " + archive.path() + " (" + archive.size() + " bytes)");
        return report("Read back", ArchiveCheck.verify(archive.path()));
    }

    private int restore(CommandDatabase database, Path files, Path archive) {
        if (!Files.isRegularFile(archive)) {
            out.println("No such archive: " + archive);
            return FAILED;
        }
        return report("Restored " + archive.getFileName() + ", checked", new Restorer(database.owner(), files)
                .restore(archive));
    }

    private int report(String what, Verification check) {
        out.println(what + ": " + check.summary());
        check.problems().forEach(problem -> out.println("  " + problem));
        return check.passed() ? 0 : MISMATCH;
    }

    /**
     * Only the settings, bound as the application binds them from the environment ({@code HOUQIN_DB_URL}) and the
     * command line ({@code --houqin.db.url=…}): no context, no web server, no jobs, no migrations at start.
     */
    static HouqinProperties settings(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bindOrCreate("houqin", HouqinProperties.class);
    }

    static String option(String[] args, String name) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }

    /** The {@code --houqin.*} and other {@code --key=value} settings, without the command's own words. */
    private static String[] springArguments(String[] args) {
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--to") || args[i].equals("--from")) {
                i++;
            } else if (args[i].startsWith("--") && args[i].contains("=") && !args[i].startsWith("--to=")
                    && !args[i].startsWith("--from=")) {
                settings.add(args[i]);
            }
        }
        return settings.toArray(String[]::new);
    }
}
