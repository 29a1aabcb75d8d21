package dev.filmsearch.build;

import dev.filmsearch.catalog.CatalogContents;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where a build's finished catalogue goes: a new generation of the embedded index folder ({@link IndexTarget}), or
 * another engine's index. The reading, catalogue and report steps of {@link IndexBuild} are the same for every
 * target; only writing the records out differs.
 */
public interface BuildTarget {
    /**
     * The local folder of this build's working files: the catalogue's on-disk store (deleted at the end) and the
     * build report {@code last-build.txt} (kept). Created when absent.
     */
    Path workFolder();

    /** Holds the target for one build, so that no second build writes it meanwhile; released on close. */
    Closeable lock() throws CorpusException;

    /**
     * Writes every record of the finished catalogue and makes them what is served, all at once (readers of the
     * target see the old records until then).
     *
     * @return where the records went: a new generation of the index folder, or another engine's index
     */
    Written write(CatalogContents contents, Path corpus, Instant builtAt, BuildListener listener) throws IOException;
}
