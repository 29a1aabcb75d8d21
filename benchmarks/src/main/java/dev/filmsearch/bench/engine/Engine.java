package dev.filmsearch.bench.engine;

import dev.filmsearch.bench.query.BenchQuery;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * A search engine under benchmark, reached over HTTP at a base URL on 127.0.0.1. Each peer translates the same
 * {@link BenchQuery} into its own query language with its closest analysis to filmsearch's, and reads its own
 * response format back into an {@link Answer}. Implementations are stateless; the engine's process is started and
 * stopped by its scripts in {@code bench/peers/<name>/}.
 */
public interface Engine {
    /** "filmsearch", "opensearch", "solr", "postgres". */
    String name();

    /**
     * Creates the engine's index (schema, analysis) and loads every record of {@code docs} (JSON Lines of
     * {@link dev.filmsearch.bench.docs.BenchDoc}); returns when all of them are searchable. Replaces what an earlier
     * load left.
     */
    void load(URI base, Path docs) throws IOException, InterruptedException;

    /** The request for one search: top {@link BenchQuery#TOP} hits, genre and director facets over all matches. */
    EngineRequest search(BenchQuery query);

    /** Reads the engine's response body to {@link #search}. */
    Answer answer(String responseBody) throws IOException;
}
