package dev.filmsearch.tools.generate.imdb;

import dev.filmsearch.tools.generate.Draws;
import dev.filmsearch.tools.generate.TextMaker;
import java.util.SplittableRandom;

/**
 * title.akas: every title has its original title (region and language {@code \N}, types {@code original},
 * isOriginalTitle 1) and on average 3.5 more (55M rows for 12.3M titles), famous films dozens. A row's region and
 * language come from a table weighted like the real file's mix; its text is the English title in English-speaking
 * regions, a Spanish title in ES, MX, AR and the other Spanish-speaking ones, katakana in JP and Cyrillic in RU
 * (the original title where the film is from there), otherwise the primary or original title, as most real
 * akas are. Numbered episodes ("Episode #1.2") get the word of the region's language ("Episodio #1.2").
 */
final class AkasPart extends DumpPart {
    /** How a region's aka is written. */
    private enum Script { ENGLISH, SPANISH, JAPANESE, RUSSIAN, OTHER }

    private record Region(String region, String language, Script script, String episode, int weight) {
    }

    private static final Region[] REGIONS = {
        new Region("US", null, Script.ENGLISH, "Episode", 120), new Region("GB", null, Script.ENGLISH, "Episode", 50),
        new Region("CA", null, Script.ENGLISH, "Episode", 20), new Region("AU", null, Script.ENGLISH, "Episode", 20),
        new Region("IN", null, Script.ENGLISH, "Episode", 20), new Region("XWW", "en", Script.ENGLISH, "Episode", 40),
        new Region("IE", null, Script.ENGLISH, "Episode", 5), new Region("NZ", null, Script.ENGLISH, "Episode", 5),
        new Region("ES", null, Script.SPANISH, "Episodio", 40), new Region("ES", "es", Script.SPANISH, "Episodio", 30),
        new Region("MX", null, Script.SPANISH, "Episodio", 40), new Region("MX", "es", Script.SPANISH, "Episodio", 10),
        new Region("AR", null, Script.SPANISH, "Episodio", 20), new Region("AR", "es", Script.SPANISH, "Episodio", 10),
        new Region("CO", null, Script.SPANISH, "Episodio", 8), new Region("CL", null, Script.SPANISH, "Episodio", 5),
        new Region("PE", null, Script.SPANISH, "Episodio", 5), new Region("VE", null, Script.SPANISH, "Episodio", 5),
        new Region("UY", null, Script.SPANISH, "Episodio", 3),
        new Region("JP", null, Script.JAPANESE, "エピソード", 30), new Region("JP", "ja", Script.JAPANESE, "エピソード", 30),
        new Region("RU", null, Script.RUSSIAN, "Эпизод", 30), new Region("SUHH", "ru", Script.RUSSIAN, "Эпизод", 5),
        new Region("DE", null, Script.OTHER, "Folge", 60), new Region("DE", "de", Script.OTHER, "Folge", 20),
        new Region("FR", null, Script.OTHER, "Épisode", 60), new Region("FR", "fr", Script.OTHER, "Épisode", 20),
        new Region("CA", "fr", Script.OTHER, "Épisode", 10), new Region("IT", null, Script.OTHER, "Episodio", 40),
        new Region("IT", "it", Script.OTHER, "Episodio", 10), new Region("BR", null, Script.OTHER, "Episódio", 40),
        new Region("PT", null, Script.OTHER, "Episódio", 20), new Region("PT", "pt", Script.OTHER, "Episódio", 10),
        new Region("PL", null, Script.OTHER, "Odcinek", 20), new Region("HU", null, Script.OTHER, "Epizód", 15),
        new Region("FI", null, Script.OTHER, "Jakso", 15), new Region("SE", null, Script.OTHER, "Avsnitt", 15),
        new Region("TR", null, Script.OTHER, "Bölüm", 15), new Region("GR", null, Script.OTHER, "Επεισόδιο", 15),
        new Region("NL", null, Script.OTHER, "Aflevering", 10), new Region("DK", null, Script.OTHER, "Afsnit", 10),
        new Region("NO", null, Script.OTHER, "Episode", 10), new Region("CZ", null, Script.OTHER, "Epizoda", 10),
        new Region("IN", "hi", Script.OTHER, "एपिसोड", 10)};
    private static final int[] CUMULATIVE = new int[REGIONS.length];
    private static final String[] TYPES = {"imdbDisplay", "alternative", "working", "festival", "dvd", "tv",
        "video"};
    private static final String[] ATTRIBUTES = {"literal title", "alternative spelling", "informal title",
        "short title", "original script title", "reissue title", "new title", "video box title", "subtitle",
        "literal English title"};

    static {
        int total = 0;
        for (int i = 0; i < REGIONS.length; i++) {
            total += REGIONS[i].weight();
            CUMULATIVE[i] = total;
        }
    }

    AkasPart() {
        super("title.akas.tsv.gz", "titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\t"
                + "isOriginalTitle", false, 225);
    }

    @Override
    int write(long k, Titles titles, TsvBuffer out) {
        Titles.Head head = titles.head(k);
        DumpModel model = titles.model();
        SplittableRandom random = Draws.of(model.seed, Kinds.AKAS, k);
        int others = others(random, head);
        int original = random.nextInt(others + 1);
        String spanish = null;
        String japanese = null;
        String russian = null;
        int idAt = out.size();
        model.titleIds.write(out, k);
        int idLength = out.size() - idAt;
        for (int ordering = 0; ordering <= others; ordering++) {
            if (ordering > 0) {
                out.repeat(idAt, idLength);
            }
            out.tab().number(ordering + 1).tab();
            if (ordering == original) {
                out.text(head.original()).ascii("\t\\N\t\\N\toriginal\t\\N\t1\n");
                continue;
            }
            Region region = region(random);
            String text;
            if (head.series() != null && head.series().naming() == Titles.Naming.NUMBERED
                    && head.type() == TitleType.TV_EPISODE) {
                text = region.episode() + " #" + head.season() + "." + head.episode();
            } else if (head.series() != null && head.series().naming() == Titles.Naming.DATED
                    && head.type() == TitleType.TV_EPISODE) {
                text = head.primary();
            } else {
                text = switch (region.script()) {
                    case ENGLISH -> head.primary();
                    case SPANISH -> {
                        if (head.lang() == Lang.ES) {
                            yield head.original();
                        }
                        if (random.nextInt(4) == 0) {
                            yield TextMaker.title(random, model.spanishTitles);
                        }
                        if (spanish == null) {
                            spanish = TextMaker.title(Draws.of(model.seed, Kinds.SPANISH_TITLE, k),
                                    model.spanishTitles);
                        }
                        yield spanish;
                    }
                    case JAPANESE -> {
                        if (head.lang() == Lang.JA) {
                            yield head.original();
                        }
                        if (japanese == null) {
                            japanese = Scripts.katakana(Draws.of(model.seed, Kinds.JAPANESE_TITLE, k));
                        }
                        yield japanese;
                    }
                    case RUSSIAN -> {
                        if (head.lang() == Lang.RU) {
                            yield head.original();
                        }
                        if (russian == null) {
                            russian = Scripts.cyrillic(Draws.of(model.seed, Kinds.RUSSIAN_TITLE, k));
                        }
                        yield russian;
                    }
                    case OTHER -> random.nextInt(10) < 7 ? head.primary() : head.original();
                };
            }
            out.text(text).tab().ascii(region.region()).tab();
            if (region.language() == null) {
                out.nul();
            } else {
                out.ascii(region.language());
            }
            out.tab();
            int roll = random.nextInt(100);
            if (roll < 40) {
                out.nul();
            } else if (roll < 85) {
                out.ascii(TYPES[0]);
            } else {
                out.ascii(TYPES[1 + random.nextInt(TYPES.length - 1)]);
            }
            out.tab();
            if (random.nextInt(100) < 90) {
                out.nul();
            } else {
                out.ascii(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
            }
            out.ascii("\t0\n");
        }
        return others + 1;
    }

    /** Akas besides the original: many for famous films and series, a few for most, none for half the episodes. */
    private static int others(SplittableRandom random, Titles.Head head) {
        int fameBonus = (int) Math.min(80, (head.famous() - 1) / 8);
        return switch (head.type()) {
            case MOVIE -> (int) Math.min(60, Math.round(Math.exp(1.7 + 0.9 * random.nextGaussian()))) + fameBonus;
            case TV_SERIES, TV_MINI_SERIES ->
                    (int) Math.min(40, Math.round(Math.exp(1.4 + 0.9 * random.nextGaussian()))) + fameBonus;
            case TV_MOVIE, VIDEO_GAME -> (int) Math.min(30, Math.round(Math.exp(1.1 + 0.8 * random.nextGaussian())));
            case TV_EPISODE -> random.nextInt(100) < 35 ? 0 : 1 + random.nextInt(9);
            default -> random.nextInt(10) < 4 ? 0 : 1 + random.nextInt(5);
        };
    }

    private static Region region(SplittableRandom random) {
        int target = random.nextInt(CUMULATIVE[CUMULATIVE.length - 1]);
        int i = 0;
        while (CUMULATIVE[i] <= target) {
            i++;
        }
        return REGIONS[i];
    }
}
