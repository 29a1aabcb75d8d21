package dev.filmsearch.build;

import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Refuses to start a build that would fill the disk. A build needs, beside the current index, its catalogue store
 * and the new generation (twice over while the index is merged to one segment). Measured on generated and real
 * corpora (docs/indexing.md, "Disk"), both together peak below {@value #FACTOR} times the uncompressed corpus,
 * taken as {@value #GZIP_RATIO} times the size of a gzipped file.
 */
final class DiskSpace {
    static final int FACTOR = 4;
    static final int GZIP_RATIO = 5;

    private DiskSpace() {
    }

    /** The bytes a build of these sources is expected to need at its peak. */
    static long needed(List<CorpusSource> sources) {
        long bytes = 0;
        for (CorpusSource s : sources) {
            for (CorpusFile f : s.files()) {
                try {
                    long size = Files.size(f.path());
                    bytes += f.path().getFileName().toString().endsWith(".gz") ? size * GZIP_RATIO : size;
                } catch (IOException e) {
                    // an unreadable file is reported by its reader
                }
            }
        }
        return bytes * FACTOR;
    }

    static void check(Path indexRoot, List<CorpusSource> sources) throws CorpusException {
        long free;
        try {
            free = Files.getFileStore(indexRoot).getUsableSpace();
        } catch (IOException e) {
            return; // no figure to go by: the build reports a full disk itself if it happens
        }
        check(indexRoot, needed(sources), free);
    }

    static void check(Path indexRoot, long needed, long free) throws CorpusException {
        if (free < needed) {
            throw new CorpusException("not enough free disk space for the build in " + indexRoot + ": it needs about "
                    + gib(needed) + " (catalogue store and new index for this corpus), " + gib(free) + " is free");
        }
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
}
