package dev.filmsearch.server.health;

import dev.filmsearch.index.IndexMetadata;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.server.engine.IndexStatus;
import dev.filmsearch.server.engine.SearchEngine;
import dev.filmsearch.server.reindex.Reindexer;
import java.util.LinkedHashMap;
import java.util.Map;

/** The state of the served index, from the metadata its build recorded; for the health route and the metrics. */
public final class HealthService {
    private final SearchEngine engine;
    private final Reindexer reindexer;

    public HealthService(SearchEngine engine, Reindexer reindexer) {
        this.engine = engine;
        this.reindexer = reindexer;
    }

    public Health health() {
        IndexStatus status = engine.status();
        IndexMetadata metadata = status.metadata();
        Map<String, Integer> documents = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            documents.put(type.label(), metadata.counts().getOrDefault(type, 0));
        }
        return new Health("ok", documents, new Health.Index(status.name(), metadata.builtAt(), metadata.version(),
                metadata.schemaVersion(), status.sizeBytes()), reindexer.running());
    }

    /** Documents of a type in the served index, as its build counted them. */
    public int documents(RecordType type) {
        return engine.status().metadata().counts().getOrDefault(type, 0);
    }

    /** Bytes on disk of the served index. */
    public long indexSizeBytes() {
        return engine.status().sizeBytes();
    }
}
