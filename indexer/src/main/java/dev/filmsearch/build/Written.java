package dev.filmsearch.build;

import java.nio.file.Path;

/**
 * Where a build's records went, as data: the name the served index is known by, and a description for the build
 * summary. A server publishes a {@link Generation} by swapping its searchers to the folder; an
 * {@link EngineIndex} is already served, as its build moved the alias.
 */
public sealed interface Written permits Written.Generation, Written.EngineIndex {
    /** The name a status reports: a generation's folder name ("gen-000002"), another engine's physical index. */
    String name();

    /** How the build summary says where the records went. */
    String describe();

    /** A new generation of the embedded index folder, now its current one. */
    record Generation(Path folder) implements Written {
        @Override
        public String name() {
            return folder.getFileName().toString();
        }

        @Override
        public String describe() {
            return folder.toString();
        }
    }

    /**
     * A physical index of another engine, {@code engine} ("opensearch"), that its {@code alias} now names, on the
     * cluster that {@code where} describes.
     */
    record EngineIndex(String engine, String alias, String index, String where) implements Written {
        @Override
        public String name() {
            return index;
        }

        @Override
        public String describe() {
            return engine + " index " + alias + " → " + index + " (" + where + ")";
        }
    }
}
