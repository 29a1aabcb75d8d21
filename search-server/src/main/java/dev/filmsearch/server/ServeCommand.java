package dev.filmsearch.server;

import dev.filmsearch.build.BuildReport;
import dev.filmsearch.build.BuildSummary;
import dev.filmsearch.build.CorpusException;
import dev.filmsearch.cli.IndexCommand;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.index.IndexMetadata;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.opensearch.OpenSearchConnection;
import dev.filmsearch.opensearch.OpenSearchTarget;
import dev.filmsearch.server.engine.EmbeddedEngine;
import dev.filmsearch.server.engine.SearchEngine;
import dev.filmsearch.server.opensearch.OpenSearchEngine;
import org.opensearch.client.opensearch.OpenSearchClient;
import dev.filmsearch.server.reindex.Reindexer;
import dev.filmsearch.server.search.IndexSearchers;
import dev.filmsearch.server.search.SearchConfig;
import dev.filmsearch.server.search.SearchService;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code filmsearch serve}: builds the index from the corpus first when there is none (or it has another schema
 * version), then serves it over HTTP until stopped. Problems the user can fix (port in use, unreadable corpus) end
 * it with one line on stderr and exit code 1.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the index over HTTP, building it from the corpus first when there is none.")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--corpus", defaultValue = "corpus",
            description = "corpus folder, indexed when there is no index and by POST /api/admin/reindex"
                    + " (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--index", defaultValue = "index", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index;

    /** Which engine holds the index. */
    public enum Engine { lucene, opensearch }

    @Option(names = "--engine", defaultValue = "lucene",
            description = "lucene (the --index folder, built from --corpus when there is none) or opensearch (the "
                    + "index --index-name of the cluster --opensearch, built with index --target opensearch) "
                    + "(default: ${DEFAULT-VALUE})")
    Engine engine;

    @Option(names = "--opensearch", split = ",", paramLabel = "URL",
            description = "--engine opensearch: the cluster's node URLs, e.g. http://127.0.0.1:9200")
    List<java.net.URI> openSearch = new java.util.ArrayList<>();

    @Option(names = "--index-name", defaultValue = "filmsearch",
            description = "--engine opensearch: the alias to search (default: ${DEFAULT-VALUE})")
    String indexName;

    @Option(names = "--opensearch-user",
            description = "--engine opensearch: user of a secured cluster; the password is read from "
                    + IndexCommand.PASSWORD_VARIABLE)
    String openSearchUser;

    private final Formats formats;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    /** @param env the process environment; the admin token is read from {@value ServerConfig#ADMIN_TOKEN_ENV} */
    public ServeCommand(Formats formats, PrintStream out, PrintStream err, Map<String, String> env) {
        this.formats = formats;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** A reason the server cannot start, in one line for the user. */
    public static final class StartException extends Exception {
        StartException(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public Integer call() {
        try (Running server = start()) {
            Thread hook = new Thread(server::close, "filmsearch-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            server.awaitStop();
            return 0;
        } catch (StartException e) {
            err.println("filmsearch serve: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    public ServerConfig config() {
        return new ServerConfig(host, port, corpus, index, env.get(ServerConfig.ADMIN_TOKEN_ENV));
    }

    /** Builds the index if needed, opens it and starts listening; {@link Running#close()} stops everything. */
    public Running start() throws StartException {
        ServerConfig config = config();
        if (engine == Engine.opensearch) {
            return startOpenSearch(config);
        }
        if (!openSearch.isEmpty()) {
            throw new StartException("--opensearch needs --engine opensearch");
        }
        StartTimes times = new StartTimes();
        ensureIndex(config);
        times.mark("index check");
        IndexLayout layout = new IndexLayout(config.index());
        IndexSearchers searchers;
        try {
            searchers = new IndexSearchers(layout.current().orElseThrow());
        } catch (IOException e) {
            throw new StartException("cannot open the index in " + config.index() + ": " + e.getMessage());
        }
        times.mark("index open");
        SearchService search = new SearchService(searchers, SearchConfig.defaults());
        search.prepare();
        times.mark("search tables");
        SearchWarmup warmup = new SearchWarmup(search);
        warmup.once();
        times.mark("first search");
        Reindexer reindexer = new Reindexer(config.corpus(), config.index(), formats, searchers, Clock.systemUTC(),
                warmup);
        Running running = listen(config, new EmbeddedEngine(searchers, search), reindexer, searchers, times);
        // after listening: the first searches may be slower while it runs, but no one waits for it to start
        Thread.ofPlatform().name("filmsearch-warmup").daemon().start(warmup);
        return running;
    }

    /** Starts the routes over an engine; {@code resources} (the index, a client) close with the server. */
    private Running listen(ServerConfig config, SearchEngine served, Reindexer reindexer, Closeable resources,
                           StartTimes times) throws StartException {
        FilmsearchApp app = new FilmsearchApp(config, served, reindexer);
        times.mark("routes");
        try {
            app.start();
        } catch (RuntimeException e) {
            reindexer.close();
            closeQuietly(resources);
            throw new StartException(listenFailure(config, e));
        }
        times.mark("HTTP start");
        LOG.info("started: {}", times);
        out.println(banner(config, served, app.javalin().port()));
        return new Running(app, reindexer, resources);
    }

    /**
     * Serves an index of an OpenSearch cluster, built by {@code index --target opensearch}: refuses to start when
     * the cluster does not answer, has no such index or holds another schema. The admin reindex builds into the
     * cluster and moves the alias (OpenSearchTarget).
     */
    private Running startOpenSearch(ServerConfig config) throws StartException {
        StartTimes times = new StartTimes();
        if (openSearch.isEmpty()) {
            throw new StartException("--engine opensearch needs --opensearch URL[,URL…]");
        }
        String password = env.get(IndexCommand.PASSWORD_VARIABLE);
        if (openSearchUser != null && (password == null || password.isEmpty())) {
            throw new StartException("--opensearch-user needs the password in " + IndexCommand.PASSWORD_VARIABLE);
        }
        OpenSearchConnection connection;
        try {
            connection = new OpenSearchConnection(openSearch, openSearchUser, openSearchUser == null ? null : password);
            new OpenSearchTarget.Settings(connection, indexName, 1, 1, Path.of("opensearch-build"));
        } catch (IllegalArgumentException e) {
            throw new StartException(e.getMessage());
        }
        OpenSearchClient client = connection.client();
        Closeable closeClient = () -> client._transport().close();
        OpenSearchEngine served = new OpenSearchEngine(client, indexName, SearchConfig.defaults());
        try {
            String schema = served.status().metadata().schemaVersion();
            if (!schema.equals(IndexMetadata.SCHEMA_VERSION)) {
                throw new StartException(String.format(Locale.ROOT, "the OpenSearch index %s has schema version %s"
                        + " and this filmsearch reads version %s: rebuild it with ./filmsearch index --target"
                        + " opensearch", indexName, schema, IndexMetadata.SCHEMA_VERSION));
            }
        } catch (RuntimeException e) {
            closeQuietly(closeClient);
            throw new StartException("cannot serve the OpenSearch index " + indexName + " of "
                    + connection.describe() + ": " + OpenSearchEngine.reason(e)
                    + " (build it with ./filmsearch index --target opensearch)");
        } catch (StartException e) {
            closeQuietly(closeClient);
            throw e;
        }
        times.mark("index check");
        // the admin reindex builds with the shards and replicas of the index served now
        int[] layout = served.shardsAndReplicas();
        OpenSearchTarget.Settings settings = new OpenSearchTarget.Settings(connection, indexName, layout[0],
                layout[1], Path.of("opensearch-build"));
        Reindexer reindexer = new Reindexer(config.corpus(), formats,
                served.destination(new OpenSearchTarget(settings)), Clock.systemUTC(), () -> { });
        return listen(config, served, reindexer, closeClient, times);
    }

    /** Builds the index from the corpus when there is no usable one. */
    private void ensureIndex(ServerConfig config) throws StartException {
        Optional<String> why = whyBuild(new IndexLayout(config.index()));
        if (why.isEmpty()) {
            return;
        }
        out.println("filmsearch: " + why.get() + "; building it from " + config.corpus());
        try {
            BuildSummary summary = IndexCommand.build(formats, config.corpus(), config.index(), false, 20, err);
            out.print(new BuildReport(summary, List.of()).summaryText());
        } catch (CorpusException e) {
            throw new StartException(e.getMessage());
        }
    }

    /** Why the index folder needs a build before it can be served, or empty when it can be served as it is. */
    static Optional<String> whyBuild(IndexLayout layout) {
        Optional<Path> current;
        try {
            current = layout.current();
        } catch (RuntimeException e) {
            return Optional.of("the index in " + layout.root() + " cannot be read");
        }
        if (current.isEmpty()) {
            return Optional.of("there is no index in " + layout.root() + " yet");
        }
        try (Directory dir = FSDirectory.open(current.get())) {
            String schema = IndexMetadata.fromUserData(SegmentInfos.readLatestCommit(dir).getUserData()).schemaVersion();
            if (!schema.equals(IndexMetadata.SCHEMA_VERSION)) {
                return Optional.of(String.format(Locale.ROOT,
                        "the index in %s has schema version %s and this filmsearch reads version %s", layout.root(),
                        schema, IndexMetadata.SCHEMA_VERSION));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("the index in " + layout.root() + " cannot be read");
        }
    }

    private static String listenFailure(ServerConfig config, RuntimeException e) {
        String where = config.host() + ":" + config.port();
        String messages = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages += " " + (t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT));
        }
        if (messages.contains("in use")) {
            return "port " + config.port() + " on " + config.host()
                    + " is already in use: stop what uses it or choose another port with --port";
        }
        if (messages.contains("permission denied")) {
            return "no permission to listen on " + where + " (ports below 1024 need privileges): choose another"
                    + " port with --port";
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "cannot listen on " + where + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static String banner(ServerConfig config, SearchEngine served, int port) {
        Map<RecordType, Integer> counts = served.status().metadata().counts();
        StringJoiner documents = new StringJoiner(", ");
        for (RecordType type : RecordType.values()) {
            int n = counts.getOrDefault(type, 0);
            String plural = type == RecordType.PERSON ? "people" : type.label() + "s";
            documents.add(n + " " + (n == 1 ? type.label() : plural));
        }
        return "filmsearch: serving " + documents + " on http://" + config.host() + ":" + port + "/"
                + (config.adminEnabled() ? " (admin routes enabled)"
                : " (admin routes disabled: set " + ServerConfig.ADMIN_TOKEN_ENV + " to enable them)");
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing more to do while giving up
        }
    }

    /** A started server; {@link #close()} stops listening and closes the index. */
    public static final class Running implements AutoCloseable {
        private final FilmsearchApp app;
        private final Reindexer reindexer;
        private final Closeable resources;
        private final CountDownLatch stopped = new CountDownLatch(1);

        Running(FilmsearchApp app, Reindexer reindexer, Closeable resources) {
            this.app = app;
            this.reindexer = reindexer;
            this.resources = resources;
        }

        public int port() {
            return app.javalin().port();
        }

        public void awaitStop() throws InterruptedException {
            stopped.await();
        }

        @Override
        public synchronized void close() {
            if (stopped.getCount() == 0) {
                return;
            }
            try {
                app.stop();
                reindexer.close();
                closeQuietly(resources);
            } finally {
                stopped.countDown();
            }
        }
    }
}
