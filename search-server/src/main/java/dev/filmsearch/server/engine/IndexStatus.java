package dev.filmsearch.server.engine;

import dev.filmsearch.index.IndexMetadata;

/**
 * The index an engine serves now: its name (an index generation's folder, an OpenSearch index), what its build
 * recorded (when, by which version and schema, how many records of each type) and its size in bytes.
 */
public record IndexStatus(String name, IndexMetadata metadata, long sizeBytes) {
}
