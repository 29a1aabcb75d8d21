package dev.filmsearch.tools.generate.imdb;

import dev.filmsearch.tools.generate.Draws;
import java.util.SplittableRandom;

/**
 * Which type each title has, and which series each episode belongs to. Titles are laid out in blocks of
 * {@link #BLOCK} numbers, each drawn from its own seed: a block is a run of units, a unit being one title of a
 * single type or a series (or mini-series) followed at once by its episodes (episodes 0, 1, … in id order), cut
 * at the block's end. So a title's type and series are found from its block alone, in memory that does not grow
 * with the dump, and the same block is the same at every dump size (only the last block is cut shorter).
 */
final class TitleLayout {
    static final int BLOCK = 4096;
    /** Series (and mini-series) among the units: their share of titles makes the share of units. */
    private static final double SERIES_UNIT;
    private static final double MINI_AMONG_SERIES;
    private static final long[] SINGLE_CUMULATIVE;
    private static final TitleType[] SINGLES;

    static {
        long singles = 0;
        long series = 0;
        int n = 0;
        for (TitleType type : TitleType.values()) {
            if (type.isSeries()) {
                series += type.thousands;
            } else if (type != TitleType.TV_EPISODE) {
                singles += type.thousands;
                n++;
            }
        }
        SERIES_UNIT = (double) series / (series + singles);
        MINI_AMONG_SERIES = (double) TitleType.TV_MINI_SERIES.thousands / series;
        SINGLES = new TitleType[n];
        SINGLE_CUMULATIVE = new long[n];
        int i = 0;
        long total = 0;
        for (TitleType type : TitleType.values()) {
            if (!type.isSeries() && type != TitleType.TV_EPISODE) {
                total += type.thousands;
                SINGLES[i] = type;
                SINGLE_CUMULATIVE[i++] = total;
            }
        }
    }

    private final long seed;
    private final long titles;

    TitleLayout(long seed, long titles) {
        this.seed = seed;
        this.titles = titles;
    }

    /** The layout of block {@code b}: titles {@code b × BLOCK} up to the next block or the last title. */
    Block block(long b) {
        long first = b * BLOCK;
        int length = (int) Math.min(BLOCK, titles - first);
        byte[] types = new byte[length];
        int[] parents = new int[length];
        int[] numbers = new int[length];
        SplittableRandom random = Draws.of(seed, Kinds.LAYOUT, b);
        int at = 0;
        while (at < length) {
            if (random.nextDouble() < SERIES_UNIT) {
                boolean mini = random.nextDouble() < MINI_AMONG_SERIES;
                int episodes = Math.min(length - at - 1, mini ? miniEpisodes(random) : seriesEpisodes(random));
                types[at] = (byte) (mini ? TitleType.TV_MINI_SERIES : TitleType.TV_SERIES).ordinal();
                numbers[at] = episodes;
                parents[at] = -1;
                for (int e = 1; e <= episodes; e++) {
                    types[at + e] = (byte) TitleType.TV_EPISODE.ordinal();
                    parents[at + e] = at;
                    numbers[at + e] = e - 1;
                }
                at += 1 + episodes;
            } else {
                long target = random.nextLong(SINGLE_CUMULATIVE[SINGLE_CUMULATIVE.length - 1]);
                int i = 0;
                while (SINGLE_CUMULATIVE[i] <= target) {
                    i++;
                }
                types[at] = (byte) SINGLES[i].ordinal();
                parents[at] = -1;
                at++;
            }
        }
        return new Block(first, types, parents, numbers);
    }

    /** Episodes of a tvSeries: none for 30% (as many listed series have none), else log-normal (median 16, ≤ 3,000). */
    private static int seriesEpisodes(SplittableRandom random) {
        if (random.nextInt(10) < 3) {
            return 0;
        }
        return (int) Math.min(3_000, Math.max(1, Math.round(Math.exp(2.8 + 1.45 * random.nextGaussian()))));
    }

    /** Episodes of a tvMiniSeries: none for 15%, else 2 to 10. */
    private static int miniEpisodes(SplittableRandom random) {
        return random.nextInt(20) < 3 ? 0 : 2 + random.nextInt(9);
    }

    /**
     * One block: the type of each title, for an episode the offset of its series in the block and its index in
     * the series (0 for the first), for a series its number of episodes.
     */
    record Block(long first, byte[] types, int[] parents, int[] numbers) {
        TitleType type(long k) {
            return TitleType.of(types[(int) (k - first)]);
        }

        /** The series of episode {@code k}. */
        long series(long k) {
            return first + parents[(int) (k - first)];
        }

        /** An episode's index in its series, or a series' number of episodes. */
        int number(long k) {
            return numbers[(int) (k - first)];
        }

        int length() {
            return types.length;
        }
    }

    /** The last few blocks used, for one thread: titles are visited in two rising runs (7- and 8-digit ids). */
    final class Cache {
        private final Block[] blocks = new Block[4];
        private int next;

        Block of(long k) {
            long b = k / BLOCK;
            for (Block block : blocks) {
                if (block != null && block.first() == b * BLOCK) {
                    return block;
                }
            }
            Block block = block(b);
            blocks[next] = block;
            next = (next + 1) % blocks.length;
            return block;
        }
    }
}
