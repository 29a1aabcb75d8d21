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
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a server is put together, for either engine: the embedded index (built from the corpus
 * first when needed, opened, warmed up) or an OpenSearch index (checked: reachable, present, of this schema), the
 * reindexer that rebuilds it, the HTTP app over it, and what the user is told. {@link ServeCommand} only reads
 * the options. Problems the user can fix are {@link StartException}s with one line saying what to do.
 */
public final class ServerAssembly {
    private static final Logger LOG = LoggerFactory.getLogger(ServerAssembly.class);

    private final Formats formats;
    private final PrintStream out;
    private final PrintStream err;

    public ServerAssembly(Formats formats, PrintStream out, PrintStream err) {
        this.formats = formats;
        this.out = out;
        this.err = err;
    }

    /** A reason the server cannot start, in one line for the user. */
    public static final class StartException extends Exception {
        StartException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Serves the embedded index of {@code config}: builds it from the corpus first when there is none (or one of
     * another schema version), opens it and starts listening; {@link Running#close()} stops everything.
     */
    public Running embedded(ServerConfig config) throws StartException {
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
    public Running openSearch(ServerConfig config, OpenSearchConnection connection, String indexName)
            throws StartException {
        StartTimes times = new StartTimes();
        try {
            OpenSearchTarget.checkIndexName(indexName);
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
