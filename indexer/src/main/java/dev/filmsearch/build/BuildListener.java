package dev.filmsearch.build;

import dev.filmsearch.corpus.Problem;

/** Hears how a build goes: for a progress bar on a terminal, or the server's reindex status. Default: nothing. */
public interface BuildListener {
    /** A phase starts ("reading", "merging", "indexing"); {@code total} is its amount of work (bytes, records). */
    default void phase(String name, long total) {
    }

    /** {@code done} of the current phase's total is done. */
    default void progress(long done) {
    }

    /** A skipped line, row or page. */
    default void problem(Problem problem) {
    }

    BuildListener NONE = new BuildListener() {
    };
}
