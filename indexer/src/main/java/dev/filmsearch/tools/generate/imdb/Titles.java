package dev.filmsearch.tools.generate.imdb;

import dev.filmsearch.tools.generate.Draws;
import dev.filmsearch.tools.generate.TextMaker;
import dev.filmsearch.tools.generate.WeightedTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The facts of each title, drawn again wherever a file needs them (title.basics, title.akas, title.ratings, …):
 * every title has its own random stream ({@link Kinds#TITLE}), every series a stream for what its episodes share
 * ({@link Kinds#SERIES}: language, genres, years, season length, naming, cast and crew pools). One instance per
 * thread: it caches the last blocks of the layout and the last series.
 */
final class Titles {
    static final int LATEST_YEAR = 2025;
    private static final WeightedTable GENRES = weighted(new Object[][] {
        {"Drama", 200}, {"Comedy", 150}, {"Documentary", 120}, {"Animation", 50}, {"Romance", 50},
        {"Family", 50}, {"Crime", 50}, {"Action", 50}, {"Thriller", 40}, {"Adventure", 40}, {"Music", 40},
        {"Horror", 30}, {"Mystery", 30}, {"Fantasy", 30}, {"Biography", 20}, {"History", 20}, {"Sci-Fi", 20},
        {"Sport", 20}, {"Musical", 10}, {"War", 10}, {"Western", 10}, {"Film-Noir", 2}});
    /** Series genres of shows whose cast appear as themselves ({@code self} in title.principals). */
    private static final String[] SELF_GENRES = {"Talk-Show", "Reality-TV", "News", "Game-Show"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final int[] SERIES_RUNTIMES = {22, 24, 30, 45, 60};

    /** How a series names its episodes. */
    enum Naming { NUMBERED, DATED, WORDS }

    /** What the episodes of series {@code k} share. {@code startYear} and {@code endYear} are 0 for {@code \N}. */
    record Series(long k, Lang lang, String genres, boolean selfCast, int startYear, int endYear, int episodes,
                  boolean numbered, int perSeason, Naming naming, int runtime, double famous, long[] regulars,
                  long[] directors, long[] writers) {
        int season(int index) {
            return numbered ? index / perSeason + 1 : 0;
        }

        int episode(int index) {
            return numbered ? index % perSeason + 1 : 0;
        }
    }

    /**
     * One title. Years and runtime are 0 for {@code \N}, genres null; {@code famous} is 1 for an ordinary title
     * and up to about 1,000 for the most famous; {@code series} is set for a series and for an episode, with the
     * episode's {@code index} in it (0 for the first) and its {@code season} and {@code episode} (0 for {@code \N}).
     */
    record Head(long k, TitleType type, Lang lang, String primary, String original, boolean adult, int startYear,
                int endYear, int runtime, String genres, double famous, Series series, int index, int season,
                int episode) {
        boolean selfCast() {
            return series != null ? series.selfCast() : genres != null && genres.contains("Documentary");
        }
    }

    private final DumpModel model;
    private final TitleLayout.Cache layouts;
    /** The last series asked for, per lane of the id order (seven- and eight-digit ids alternate). */
    private final Series[] lastSeries = new Series[4];
    private int nextSeries;

    Titles(DumpModel model) {
        this.model = model;
        this.layouts = model.layout.new Cache();
    }

    DumpModel model() {
        return model;
    }

    TitleLayout.Block block(long k) {
        return layouts.of(k);
    }

    /** How famous a title number is, as in the JSON Lines generator: {@code 1 / (k / titles + 0.001)}, 1 to 1,000. */
    double rawFame(long k) {
        return 1.0 / ((double) k / model.titles() + 0.001);
    }

    Head head(long k) {
        TitleLayout.Block block = layouts.of(k);
        TitleType type = block.type(k);
        if (type == TitleType.TV_EPISODE) {
            return episode(k, block);
        }
        SplittableRandom random = Draws.of(model.seed, Kinds.TITLE, k);
        Series series = type.isSeries() ? series(k, block) : null;
        Lang lang = series != null ? series.lang() : Lang.draw(random);
        String original = title(random, lang);
        String primary = primaryTitle(random, lang, original);
        boolean adult = (type == TitleType.MOVIE || type == TitleType.VIDEO) && random.nextInt(50) == 0;
        int year = series != null ? series.startYear() : year(random, type);
        int runtime = series != null ? series.runtime() : runtime(random, type);
        String genres = series != null ? series.genres() : genres(random, type, adult);
        double famous = 1 + (rawFame(k) - 1) * type.fameWeight();
        return new Head(k, type, lang, primary, original, adult, year, series != null ? series.endYear() : 0,
                runtime, genres, famous, series, 0, 0, 0);
    }

    private Head episode(long k, TitleLayout.Block block) {
        long s = block.series(k);
        int index = block.number(k);
        Series series = series(s, block);
        SplittableRandom random = Draws.of(model.seed, Kinds.TITLE, k);
        int season = series.season(index);
        int episode = series.episode(index);
        int year = series.startYear() == 0 ? 0 : Math.min(LATEST_YEAR, series.startYear() + Math.max(0,
                series.numbered() ? season - 1 : index / Math.max(1, series.perSeason())));
        String original;
        String primary;
        switch (series.naming()) {
            case NUMBERED -> {
                original = "Episode #" + season + "." + episode;
                primary = original;
            }
            case DATED -> {
                LocalDate date = LocalDate.of(Math.max(1946, series.startYear() == 0 ? 2000 : series.startYear()), 1,
                        1).plusDays(index * 7L / 5);
                original = "Episode dated " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " "
                        + date.getYear();
                primary = original;
                year = series.startYear() == 0 ? 0 : date.getYear();
            }
            default -> {
                original = title(random, series.lang());
                primary = primaryTitle(random, series.lang(), original);
            }
        }
        int runtime = series.runtime() > 0 && random.nextInt(20) < 7
                ? Math.max(1, series.runtime() + random.nextInt(7) - 3) : 0;
        String genres = random.nextInt(10) < 7 ? series.genres() : null;
        double famous = 1 + (rawFame(s) - 1) * TitleType.TV_EPISODE.fameWeight();
        return new Head(k, TitleType.TV_EPISODE, series.lang(), primary, original, false, year, 0, runtime,
                genres, famous, series, index, season, episode);
    }

    /** The series at number {@code s} (of block {@code block}); the last few are cached. */
    Series series(long s, TitleLayout.Block block) {
        for (Series cached : lastSeries) {
            if (cached != null && cached.k() == s) {
                return cached;
            }
        }
        SplittableRandom random = Draws.of(model.seed, Kinds.SERIES, s);
        boolean mini = block.type(s) == TitleType.TV_MINI_SERIES;
        int episodes = block.number(s);
        Lang lang = Lang.draw(random);
        int roll = random.nextInt(10);
        int perSeason = mini ? Math.max(1, episodes)
                : roll < 3 ? 6 + random.nextInt(8) : roll < 8 ? 10 + random.nextInt(17) : 100 + random.nextInt(161);
        boolean numbered = random.nextInt(100) < 88;
        int seasons = episodes == 0 ? 1 : (episodes + perSeason - 1) / perSeason;
        int namingRoll = random.nextInt(10);
        Naming naming = numbered && namingRoll < 4 ? Naming.NUMBERED
                : perSeason >= 100 && namingRoll >= 5 ? Naming.DATED : Naming.WORDS;
        int span = naming == Naming.DATED ? episodes / 260 : numbered ? seasons - 1 : episodes / Math.max(1, perSeason);
        int start = Math.max(1946, LATEST_YEAR - (int) Math.abs(random.nextGaussian() * 22));
        start = Math.max(1946, Math.min(start, LATEST_YEAR - span));
        if (random.nextInt(100) < 3) {
            start = 0;
        }
        boolean ended = random.nextInt(100) < (mini ? 90 : 55);
        int end = !ended || start == 0 ? 0 : Math.min(LATEST_YEAR, start + span);
        int genreRoll = random.nextInt(100);
        boolean selfCast = !mini && genreRoll < 19;
        String genres;
        if (selfCast) {
            String self = SELF_GENRES[genreRoll < 7 ? 0 : genreRoll < 14 ? 1 : genreRoll < 17 ? 2 : 3];
            genres = random.nextBoolean() ? self : sorted(List.of(self, GENRES.pick(random)));
        } else {
            genres = genres(random, mini ? TitleType.TV_MINI_SERIES : TitleType.TV_SERIES, false);
        }
        int runtime = random.nextInt(10) < 4 ? 0 : mini ? (random.nextBoolean() ? 45 : 60)
                : SERIES_RUNTIMES[random.nextInt(SERIES_RUNTIMES.length)];
        double famous = 1 + (rawFame(s) - 1) * TitleType.TV_SERIES.fameWeight();
        People people = model.people;
        long[] regulars = distinct(random, 2 + random.nextInt(6), () -> people.pickCast(random));
        long[] directors = distinct(random, 1 + random.nextInt(5), () -> people.pick(random, People.Role.DIRECTOR));
        long[] writers = distinct(random, 1 + random.nextInt(4), () -> people.pick(random, People.Role.WRITER));
        Series series = new Series(s, lang, genres, selfCast, start, end, episodes, numbered, perSeason, naming,
                runtime, famous, regulars, directors, writers);
        lastSeries[nextSeries] = series;
        nextSeries = (nextSeries + 1) % lastSeries.length;
        return series;
    }

    /** Up to {@code count} different people (fewer when draws keep repeating, as in a very small dump). */
    static long[] distinct(SplittableRandom random, int count, java.util.function.LongSupplier draw) {
        long[] picked = new long[count];
        int n = 0;
        for (int attempt = 0; n < count && attempt < count * 4; attempt++) {
            long j = draw.getAsLong();
            if (!contains(picked, n, j)) {
                picked[n++] = j;
            }
        }
        return n == count ? picked : java.util.Arrays.copyOf(picked, n);
    }

    static boolean contains(long[] values, int n, long value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** A title in a language's words or script. */
    String title(SplittableRandom random, Lang lang) {
        return switch (lang) {
            case EN -> TextMaker.title(random, model.englishTitles);
            case ES -> TextMaker.title(random, model.spanishTitles);
            case JA -> Scripts.katakana(random);
            case RU -> Scripts.cyrillic(random);
        };
    }

    /** English titles are their own primary title; half the Spanish ones and all others get an English one. */
    private String primaryTitle(SplittableRandom random, Lang lang, String original) {
        if (lang == Lang.EN || (lang == Lang.ES && random.nextBoolean())) {
            return original;
        }
        return TextMaker.title(random, model.englishTitles);
    }

    /** A release year skewed to recent ones; older for shorts (the early cinema was shorts); 4% unknown. */
    private static int year(SplittableRandom random, TitleType type) {
        double spread = type == TitleType.SHORT ? 40 : type == TitleType.VIDEO_GAME ? 12 : 28;
        int year = Math.max(1888, LATEST_YEAR - (int) Math.abs(random.nextGaussian() * spread));
        return random.nextInt(25) == 0 ? 0 : year;
    }

    private static int runtime(SplittableRandom random, TitleType type) {
        int unknownPercent = switch (type) {
            case MOVIE -> 30;
            case TV_MOVIE -> 35;
            case SHORT, TV_SHORT -> 40;
            case VIDEO, TV_SPECIAL -> 50;
            default -> 100;
        };
        if (random.nextInt(100) < unknownPercent) {
            return 0;
        }
        return switch (type) {
            case MOVIE -> (int) Math.clamp(Math.round(95 + 22 * random.nextGaussian()), 45, 240);
            case TV_MOVIE -> (int) Math.clamp(Math.round(88 + 15 * random.nextGaussian()), 45, 200);
            case VIDEO -> (int) Math.clamp(Math.round(70 + 30 * random.nextGaussian()), 5, 200);
            case TV_SPECIAL -> (int) Math.clamp(Math.round(60 + 25 * random.nextGaussian()), 10, 180);
            default -> 1 + random.nextInt(30);
        };
    }

    /** One to three genres, alphabetical as in the dumps; shorts include Short; 8% have none. */
    private static String genres(SplittableRandom random, TitleType type, boolean adult) {
        if (random.nextInt(25) < 2) {
            return type == TitleType.SHORT ? "Short" : null;
        }
        int roll = random.nextInt(10);
        int count = roll < 5 ? 1 : roll < 8 ? 2 : 3;
        List<String> picked = new ArrayList<>(4);
        if (type == TitleType.SHORT || type == TitleType.TV_SHORT) {
            picked.add("Short");
            count--;
        }
        if (adult) {
            picked.add("Adult");
            count--;
        }
        for (int i = 0; i < Math.max(1, count); i++) {
            String genre = GENRES.pick(random);
            if (!picked.contains(genre)) {
                picked.add(genre);
            }
        }
        return sorted(picked);
    }

    private static String sorted(List<String> genres) {
        List<String> list = new ArrayList<>(genres);
        Collections.sort(list);
        return String.join(",", list);
    }

    private static WeightedTable weighted(Object[][] rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Integer) row[1]).longValue());
        }
        return WeightedTable.fromCounts(counts, counts.size());
    }
}
