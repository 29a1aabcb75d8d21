package dev.filmsearch.server;

import dev.filmsearch.cli.IndexCommand;
import dev.filmsearch.opensearch.OpenSearchEngine;
import dev.filmsearch.tools.digest.DigestCommand;
import dev.filmsearch.tools.generate.GenerateCommand;
import dev.filmsearch.corpus.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code filmsearch}: the application's entry point, with the subcommands {@code index} and {@code serve}; no
 * subcommand (or only options) means {@code serve}.
 */
@Command(name = "filmsearch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Full-text search for film catalogues. Without a command: serve.",
        footerHeading = "%nLauncher commands (./filmsearch only):%n",
        footer = {
                "  test       Run every test: mvn verify, then the browser tests (e2e/run.sh)",
                "  build      Build the application jar without running tests",
                "  java-home  Print the JDK the launcher runs with"})
public final class Main {
    /** The system property the launcher sets to the checkout's commit; else the one the jar was built from. */
    static final String COMMIT_PROPERTY = "filmsearch.commit";

    /** {@code --version}: "filmsearch 0.1.0-SNAPSHOT (commit 627ae14a1b2c)", from build.properties in the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties built = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("build.properties")) {
                if (in != null) {
                    built.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            String commit = System.getProperty(COMMIT_PROPERTY, "").isBlank()
                    ? built.getProperty("commit", "unknown") : System.getProperty(COMMIT_PROPERTY);
            return new String[] {"filmsearch " + built.getProperty("version", "unknown") + " (commit " + commit + ")"};
        }
    }

    /**
     * Lucene logs through java.util.logging; its start-up note that the JDK's incubating Vector API is not enabled
     * is not for users (the launcher leaves it off: enabling it makes the JVM warn on every start instead). Held
     * here because java.util.logging keeps loggers only weakly and would forget the level.
     */
    private static final java.util.logging.Logger LUCENE_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, Formats.standard(), out, err, System.getenv()));
    }

    /** Runs one command line and returns its exit code: 0 done, 1 a problem the user can fix, 2 a usage error. */
    public static int run(String[] args, Formats formats, PrintStream out, PrintStream err, Map<String, String> env) {
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand("serve", new ServeCommand(formats, out, err, env))
                .addSubcommand("index", new IndexCommand(formats, out, err, env, OpenSearchEngine.targets()))
                .addSubcommand("generate", new GenerateCommand(out, err))
                .addSubcommand("digest", new DigestCommand(out, err))
                .addSubcommand("help", new CommandLine.HelpCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("filmsearch: " + commandLine.getCommandName() + " failed: " + oneLine(e));
            return 1;
        });
        return cli.execute(withCommand(args));
    }

    /** No command, or options only ({@code --port 8080}): serve. */
    static String[] withCommand(String[] args) {
        if (args.length > 0 && (!args[0].startsWith("-") || List.of("-h", "--help", "-V", "--version")
                .contains(args[0]))) {
            return args;
        }
        String[] serve = new String[args.length + 1];
        serve[0] = "serve";
        System.arraycopy(args, 0, serve, 1, args.length);
        return serve;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst()
                .orElse(message);
    }
}
