package dev.filmsearch.server.health;

import dev.filmsearch.index.IndexMetadata;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.server.reindex.Reindexer;
import dev.filmsearch.server.search.IndexSearchers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The state of the served index, from the metadata its build recorded; for the health route and the metrics. */
public final class HealthService {
    private final IndexSearchers searchers;
    private final Reindexer reindexer;

    public HealthService(IndexSearchers searchers, Reindexer reindexer) {
        this.searchers = searchers;
        this.reindexer = reindexer;
    }

    public Health health() {
        IndexSearchers.Generation generation = searchers.current();
        IndexMetadata metadata = generation.metadata();
        Map<String, Integer> documents = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            documents.put(type.label(), metadata.counts().getOrDefault(type, 0));
        }
        return new Health("ok", documents, new Health.Index(generation.path().getFileName().toString(),
                metadata.builtAt(), metadata.version(), metadata.schemaVersion(), sizeBytes(generation.path())),
                reindexer.running());
    }

    /** Documents of a type in the served index, as its build counted them. */
    public int documents(RecordType type) {
        return searchers.current().metadata().counts().getOrDefault(type, 0);
    }

    /** Bytes on disk of the served index generation. */
    public long indexSizeBytes() {
        return sizeBytes(searchers.current().path());
    }

    private static long sizeBytes(Path generation) {
        try (Stream<Path> files = Files.list(generation)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files::iterator) {
                total += sizeOf(file);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + generation, e);
        }
    }

    private static long sizeOf(Path file) throws IOException {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (NoSuchFileException e) {
            return 0; // a merge or a prune removed it while we looked
        }
    }
}
