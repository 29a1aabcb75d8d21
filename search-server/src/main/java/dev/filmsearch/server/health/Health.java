package dev.filmsearch.server.health;

import java.time.Instant;
import java.util.Map;

/**
 * What {@code GET /api/health} answers: "ok" while an index is served, documents per record type, the served
 * index generation (when and by which version it was built, its schema version and size on disk), and whether a
 * reindex is under way.
 */
public record Health(String status, Map<String, Integer> documents, Index index, boolean reindexing) {
    public Health {
        documents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(documents));
    }

    public record Index(String generation, Instant builtAt, String version, String schemaVersion, long sizeBytes) {
    }
}
