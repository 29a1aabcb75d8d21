package dev.filmsearch.tools.generate;

import java.util.SplittableRandom;

/**
 * The random numbers behind each record. Every record has its own generator, seeded from the run's seed, the
 * record's kind and its number, so any record can be drawn again without drawing the ones before it (a review
 * reads its film's title that way), and nothing depends on the order records are written in. The imdb-tsv
 * generator ({@code imdb/}) uses kinds of its own, from 20 up.
 */
public final class Draws {
    static final int FILM = 1;
    static final int PERSON = 2;
    static final int REVIEW = 3;
    static final int QUOTE = 4;

    private Draws() {
    }

    public static SplittableRandom of(long seed, int kind, long index) {
        return new SplittableRandom(mix(mix(seed * 0x9E3779B97F4A7C15L + kind) + index));
    }

    /** A number from 0 to {@code bound - 1}, low numbers much more likely: {@code bound * u^skew}. */
    public static long skewed(SplittableRandom random, long bound, double skew) {
        long value = (long) (bound * Math.pow(random.nextDouble(), skew));
        return Math.min(value, bound - 1);
    }

    /** SplitMix64's finaliser: spreads nearby seeds over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
