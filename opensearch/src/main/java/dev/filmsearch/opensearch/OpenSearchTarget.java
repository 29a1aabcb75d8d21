package dev.filmsearch.opensearch;

import dev.filmsearch.build.BuildListener;
import dev.filmsearch.build.BuildTarget;
import dev.filmsearch.build.CorpusException;
import dev.filmsearch.build.IndexTarget;
import dev.filmsearch.build.Written;
import dev.filmsearch.catalog.CatalogContents;
import dev.filmsearch.catalog.LinkedRecord;
import dev.filmsearch.index.DocumentMapper;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.index.IndexMetadata;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Time;
import org.opensearch.client.opensearch.indices.update_aliases.Action;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * The OpenSearch engine's target: the catalogue's records, mapped by the same {@link DocumentMapper} as the
 * embedded index, go into a new physical index {@code NAME-<built at>} created from {@link IndexTemplate}, sent
 * with the bulk API ({@link BulkWriter}); when every record is in (counted back), replicas and refresh are
 * turned on, and the alias {@code NAME}, which the server searches, moves to the new index in one atomic alias
 * update. The indexes the alias pointed to are deleted only after that. A build that fails deletes its half-made
 * index and leaves the alias where it was. The catalogue's working store and the build report go to a local work
 * folder, whose lock keeps a second build on this machine out.
 */
public final class OpenSearchTarget implements BuildTarget {
    /** An alias: lower case letters, digits, '-' and '_', starting with a letter (OpenSearch's rules, narrowed). */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,200}");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * @param alias     the index name the server searches: an alias of the current physical index
     * @param shards    primary shards of each physical index
     * @param replicas  replicas of each shard, turned on once the records are in
     * @param work      the local work folder (catalogue store, {@code last-build.txt})
     * @param batchDocs documents per bulk request at most
     * @param batchBytes about how many bytes of JSON per bulk request at most
     */
    public record Settings(OpenSearchConnection connection, String alias, int shards, int replicas, Path work,
                           int batchDocs, long batchBytes) {
        public Settings {
            checkIndexName(alias);
            if (shards < 1 || replicas < 0 || batchDocs < 1 || batchBytes < 1) {
                throw new IllegalArgumentException("shards ≥ 1, replicas ≥ 0 and batch sizes ≥ 1, not " + shards
                        + ", " + replicas + ", " + batchDocs + ", " + batchBytes);
            }
        }

        public Settings(OpenSearchConnection connection, String alias, int shards, int replicas, Path work) {
            this(connection, alias, shards, replicas, work, 1000, 8L << 20);
        }
    }

    /**
     * Refuses a name that is no index name of ours: lower-case letters, digits, '-' and '_', starting with a letter.
     *
     * @throws IllegalArgumentException saying so
     */
    public static void checkIndexName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an OpenSearch index name is lower-case letters, digits, '-' and"
                    + " '_', starting with a letter: not '" + name + "'");
        }
    }

    private final Settings settings;
    private final BulkWriter.Backoff backoff;

    public OpenSearchTarget(Settings settings) {
        this(settings, new BulkWriter.Backoff(250, 10_000, 10));
    }

    OpenSearchTarget(Settings settings, BulkWriter.Backoff backoff) {
        this.settings = settings;
        this.backoff = backoff;
    }

    @Override
    public Path workFolder() {
        return settings.work();
    }

    @Override
    public Closeable lock() throws CorpusException {
        return new IndexTarget(new IndexLayout(settings.work())).lock();
    }

    /** @return the new physical index, which the alias now names */
    @Override
    public Written.EngineIndex write(CatalogContents contents, Path corpus, Instant builtAt, BuildListener listener)
            throws IOException {
        String alias = settings.alias();
        String physical = alias + "-" + STAMP.format(builtAt);
        OpenSearchClient client = settings.connection().client();
        try {
            List<String> previous = current(client, alias);
            call("put the index template " + alias,
                    () -> client.indices().putIndexTemplate(IndexTemplate.request(alias, settings.shards(),
                            settings.replicas())));
            // no replicas and no refreshes while loading: each document is indexed once, in large segments
            call("create the index " + physical, () -> client.indices().create(c -> c.index(physical)
                    .settings(s -> s.numberOfReplicas(0).refreshInterval(Time.of(t -> t.time("-1"))))));
            try {
                load(client, physical, contents, listener);
                // what the embedded index keeps in its commit, as the mapping's _meta (the counts are known now)
                Map<String, JsonData> meta = new LinkedHashMap<>();
                new IndexMetadata(builtAt, IndexMetadata.filmsearchVersion(), IndexMetadata.SCHEMA_VERSION,
                        corpus.toAbsolutePath().normalize().toString(), new EnumMap<>(contents.counts()))
                        .toUserData().forEach((k, v) -> meta.put(k, JsonData.of(v)));
                call("record the build in " + physical, () -> client.indices().putMapping(m -> m.index(physical)
                        .meta(meta)));
                publish(client, alias, physical, previous);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(client, physical);
                throw e;
            }
            for (String old : previous) {
                call("delete the previous index " + old, () -> client.indices().delete(d -> d.index(old)));
            }
            return new Written.EngineIndex("opensearch", alias, physical, settings.connection().describe());
        } finally {
            client._transport().close();
        }
    }

    private void load(OpenSearchClient client, String physical, CatalogContents contents, BuildListener listener)
            throws IOException {
        listener.phase("indexing", contents.estimatedSize());
        DocumentMapper mapper = new DocumentMapper();
        BulkWriter writer = new BulkWriter((index, ops) -> client.bulk(b -> b.index(index).operations(ops)),
                physical, settings.batchDocs(), settings.batchBytes(), backoff, Thread::sleep);
        long mapped = 0;
        try (CatalogContents.Cursor records = contents.records()) {
            for (LinkedRecord r = records.next(); r != null; r = records.next()) {
                JsonDocument doc = new JsonDocument();
                mapper.map(r, doc);
                writer.add(doc.id(), doc.source(), doc.approximateBytes());
                if (++mapped % 1000 == 0) {
                    listener.progress(mapped);
                }
            }
        }
        writer.flush();
        listener.progress(mapped);
        listener.phase("finishing", 1);
        call("turn on replicas and refresh for " + physical, () -> client.indices().putSettings(p -> p.index(physical)
                .settings(s -> s.numberOfReplicas(settings.replicas()).refreshInterval(Time.of(t -> t.time("1s"))))));
        call("refresh " + physical, () -> client.indices().refresh(r -> r.index(physical)));
        long counted = call("count " + physical, () -> client.count(c -> c.index(physical)).count());
        if (counted != mapped || writer.sent() != mapped) {
            throw new IOException("OpenSearch holds " + counted + " documents in " + physical + " after " + mapped
                    + " were sent (" + writer.sent() + " acknowledged); the alias was not moved");
        }
        // every primary is there (yellow); replicas are waited for only as long as the cluster can place them
        call("wait for " + physical, () -> client.cluster().health(h -> h.index(physical)
                .waitForStatus(HealthStatus.Yellow).timeout(Time.of(t -> t.time("120s")))));
    }

    /** The indexes the alias points to now (none on a first build). */
    private static List<String> current(OpenSearchClient client, String alias) throws IOException {
        boolean exists = call("look up " + alias, () -> client.indices().exists(e -> e.index(alias)).value());
        if (!exists) {
            return List.of();
        }
        boolean isAlias = call("look up the alias " + alias,
                () -> client.indices().existsAlias(e -> e.name(alias)).value());
        if (!isAlias) {
            throw new IOException("OpenSearch already has an index called " + alias + " that is not an alias;"
                    + " filmsearch serves NAME through an alias of NAME-<date> indexes: delete it or pick another"
                    + " --index-name");
        }
        return new ArrayList<>(call("look up the alias " + alias,
                () -> client.indices().getAlias(g -> g.name(alias)).result().keySet()));
    }

    /** Moves the alias onto the new index in one request: searches see the old index, then the new, never none. */
    private static void publish(OpenSearchClient client, String alias, String physical, List<String> previous)
            throws IOException {
        List<Action> actions = new ArrayList<>();
        for (String old : previous) {
            actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
        }
        actions.add(Action.of(a -> a.add(r -> r.index(physical).alias(alias))));
        call("move the alias " + alias + " to " + physical, () -> client.indices().updateAliases(u -> u.actions(actions)));
    }

    private static void deleteQuietly(OpenSearchClient client, String physical) {
        try {
            client.indices().delete(d -> d.index(physical));
        } catch (IOException | RuntimeException e) {
            // the build's own error is the one to report; a stray NAME-<date> index is named in it
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException;
    }

    /** Runs one request; an error becomes an IOException saying what was being done and why it failed. */
    private static <T> T call(String what, Call<T> request) throws IOException {
        try {
            return request.run();
        } catch (OpenSearchException e) {
            throw new IOException("OpenSearch could not " + what + " (HTTP " + e.status() + "): "
                    + BulkWriter.reason(e.error()) + hint(e.status()), e);
        } catch (ResponseException e) {
            throw new IOException("OpenSearch could not " + what + " (HTTP " + e.status() + ")" + hint(e.status()), e);
        } catch (IOException e) {
            throw new IOException("OpenSearch could not " + what + ": " + describe(e), e);
        }
    }

    private static String hint(int status) {
        return switch (status) {
            case 401 -> "; the cluster wants credentials: --opensearch-user and FILMSEARCH_OPENSEARCH_PASSWORD";
            case 403 -> "; the user may not do this on the cluster";
            default -> "";
        };
    }

    private static String describe(IOException e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
