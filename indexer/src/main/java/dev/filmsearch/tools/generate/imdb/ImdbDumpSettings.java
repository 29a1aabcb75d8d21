package dev.filmsearch.tools.generate.imdb;

import dev.filmsearch.tools.generate.Vocabulary;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate: a dump of {@code titles} titles (every other count follows from it) from {@code seed} into
 * {@code out}, with words and names from {@code vocabulary}, on {@code threads} threads, in chunks of about
 * {@code itemsPerChunk} titles (or names). The bytes do not depend on the number of threads; the chunk size
 * changes how the gzip members are cut, not the text.
 */
public record ImdbDumpSettings(long titles, long seed, Path out, Vocabulary vocabulary, int threads,
                               int itemsPerChunk) {
    public static final int DEFAULT_ITEMS_PER_CHUNK = 32_768;
    /** The most titles: their 1.23 names a title must fit in ids of at most eight digits. */
    public static final long MAX_TITLES = 80_000_000L;

    public ImdbDumpSettings {
        if (itemsPerChunk < 1) {
            throw new IllegalArgumentException("itemsPerChunk must be at least 1: " + itemsPerChunk);
        }
        if (titles < 1 || titles > MAX_TITLES) {
            throw new IllegalArgumentException("titles must be 1 to " + MAX_TITLES + ": " + titles);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(vocabulary, "vocabulary");
    }

    public ImdbDumpSettings(long titles, long seed, Path out, Vocabulary vocabulary, int threads) {
        this(titles, seed, out, vocabulary, threads, DEFAULT_ITEMS_PER_CHUNK);
    }

    public ImdbDumpSettings(long titles, long seed, Path out, Vocabulary vocabulary) {
        this(titles, seed, out, vocabulary, Runtime.getRuntime().availableProcessors());
    }
}
