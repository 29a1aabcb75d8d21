package dev.filmsearch.tools.generate.imdb;

import dev.filmsearch.tools.generate.Draws;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The directors and writers of a title (title.crew), drawn from the title's own stream so that
 * title.principals lists the same people. Episodes take theirs from their series' pools, series list their
 * creators as writers; every person is someone whose name.basics role matches ({@link People}).
 */
final class Credits {
    record Crew(long[] directors, long[] writers) {
    }

    private Credits() {
    }

    static Crew crew(Titles titles, long k) {
        TitleLayout.Block block = titles.block(k);
        TitleType type = block.type(k);
        People people = titles.model().people;
        SplittableRandom random = Draws.of(titles.model().seed, Kinds.CREW, k);
        switch (type) {
            case TV_EPISODE -> {
                Titles.Series series = titles.series(block.series(k), block);
                int roll = random.nextInt(100);
                long[] directors = fromPool(random, series.directors(), roll < 15 ? 0 : roll < 95 ? 1 : 2);
                long[] writers = fromPool(random, series.writers(),
                        random.nextInt(100) < 40 ? 0 : 1 + random.nextInt(2));
                return new Crew(directors, writers);
            }
            case TV_SERIES, TV_MINI_SERIES -> {
                Titles.Series series = titles.series(k, block);
                long[] directors = random.nextInt(100) < 80 ? new long[0]
                        : fromPool(random, series.directors(), 1 + random.nextInt(2));
                long[] writers = random.nextInt(100) < 30 ? new long[0]
                        : Arrays.copyOf(series.writers(), Math.min(series.writers().length, 1 + random.nextInt(2)));
                return new Crew(directors, writers);
            }
            case VIDEO_GAME -> {
                int directors = random.nextInt(100) < 60 ? 0 : 1;
                int writers = random.nextInt(100) < 60 ? 0 : 1 + random.nextInt(2);
                return new Crew(Titles.distinct(random, directors, () -> people.pick(random, People.Role.DIRECTOR)),
                        Titles.distinct(random, writers, () -> people.pick(random, People.Role.WRITER)));
            }
            default -> {
                int roll = random.nextInt(100);
                int directors = roll < 6 ? 0 : roll < 92 ? 1 : roll < 99 ? 2 : 3;
                roll = random.nextInt(100);
                boolean shortForm = type == TitleType.SHORT || type == TitleType.TV_SHORT;
                int writers = shortForm ? (roll < 50 ? 0 : 1 + random.nextInt(2))
                        : roll < 30 ? 0 : roll < 65 ? 1 : roll < 87 ? 2 : roll < 96 ? 3 : 4;
                long[] directorList = Titles.distinct(random, directors,
                        () -> people.pick(random, People.Role.DIRECTOR));
                long[] writerList = Titles.distinct(random, writers, () -> people.pick(random, People.Role.WRITER));
                // three in ten writer-directors: the director is also the first writer
                if (directorList.length > 0 && writerList.length > 0 && random.nextInt(10) < 3
                        && !Titles.contains(writerList, writerList.length, directorList[0])) {
                    writerList[0] = directorList[0];
                }
                return new Crew(directorList, writerList);
            }
        }
    }

    /** {@code count} different people of a pool (as many as it has when it is smaller). */
    private static long[] fromPool(SplittableRandom random, long[] pool, int count) {
        int n = Math.min(count, pool.length);
        long[] picked = new long[n];
        int got = 0;
        while (got < n) {
            long j = pool[random.nextInt(pool.length)];
            if (!Titles.contains(picked, got, j)) {
                picked[got++] = j;
            }
        }
        return picked;
    }
}
