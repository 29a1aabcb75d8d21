package dev.filmsearch.tools.generate.imdb;

import dev.filmsearch.tools.generate.Draws;
import java.util.SplittableRandom;

/**
 * title.principals: about eight rows per title (98M for 12.3M titles), ordered as IMDb orders them: the first
 * four of the cast, then the directors and writers of title.crew, producers, composer, cinematographer, editor
 * and other crew, then the rest of the cast. Episodes cast most of their series' regulars plus guests; talk,
 * reality, news and game shows, documentaries and TV specials cast people as {@code self}.
 */
final class PrincipalsPart extends DumpPart {
    private static final int FIRST_CAST = 4;
    private static final String[] WRITER_JOBS = {"screenplay", "written by", "story", "novel", "teleplay", "play",
        "characters", "based on"};
    private static final byte[] SELF = "[\"Self\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] HOST = "[\"Self - Host\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] GUEST = "[\"Self - Guest\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    PrincipalsPart() {
        super("title.principals.tsv.gz", "tconst\tordering\tnconst\tcategory\tjob\tcharacters",
                false, 340);
    }

    @Override
    int write(long k, Titles titles, TsvBuffer out) {
        Titles.Head head = titles.head(k);
        Credits.Crew crew = Credits.crew(titles, k);
        DumpModel model = titles.model();
        People people = model.people;
        SplittableRandom random = Draws.of(model.seed, Kinds.PRINCIPALS, k);
        TitleType type = head.type();
        boolean self = head.selfCast() || (type == TitleType.TV_SPECIAL && random.nextInt(10) < 7);
        long[] cast = cast(random, head, people);
        int guestsFrom = type == TitleType.TV_EPISODE ? regularsIn(cast, head.series().regulars()) : cast.length;
        Row row = new Row(k, model, out);
        for (int i = 0; i < Math.min(FIRST_CAST, cast.length); i++) {
            row.cast(random, cast[i], self, i, guestsFrom, type);
        }
        for (int i = 0; i < Math.min(2, crew.directors().length); i++) {
            row.crew(crew.directors()[i], "director").nul().tab().nul().newline();
        }
        for (int i = 0; i < Math.min(3, crew.writers().length); i++) {
            row.crew(crew.writers()[i], "writer");
            job(out, random, 6, WRITER_JOBS, head.type().isSeries() ? "created by" : null);
            out.tab().nul().newline();
        }
        int producers = producers(random, type);
        long[] producerList = Titles.distinct(random, producers, () -> people.pick(random, People.Role.PRODUCER));
        for (long producer : producerList) {
            row.crew(producer, "producer");
            int roll = random.nextInt(20);
            out.ascii(roll < 11 ? "producer" : roll < 17 ? "executive producer" : roll < 19 ? "co-producer"
                    : "line producer").tab().nul().newline();
        }
        int[] percents = crewPercents(type);
        if (random.nextInt(100) < percents[0]) {
            row.crew(people.pick(random, People.Role.COMPOSER), "composer").nul().tab().nul().newline();
        }
        if (random.nextInt(100) < percents[1]) {
            row.crew(people.pick(random, People.Role.CINEMATOGRAPHER), "cinematographer");
            out.ascii(random.nextInt(5) == 0 ? "director of photography" : "\\N").tab().nul().newline();
        }
        if (random.nextInt(100) < percents[2]) {
            row.crew(people.pick(random, People.Role.EDITOR), "editor").nul().tab().nul().newline();
        }
        if (random.nextInt(100) < percents[3]) {
            long j = people.pick(random, People.Role.OTHER_CREW);
            row.crew(j, People.category(j)).nul().tab().nul().newline();
        }
        for (int i = FIRST_CAST; i < cast.length; i++) {
            row.cast(random, cast[i], self, i, guestsFrom, type);
        }
        return row.ordering;
    }

    /** The cast, distinct people: an episode's regulars (in their series order) first, then its guests. */
    private static long[] cast(SplittableRandom random, Titles.Head head, People people) {
        switch (head.type()) {
            case TV_EPISODE -> {
                long[] regulars = head.series().regulars();
                long[] cast = new long[regulars.length + 4];
                int n = 0;
                for (int i = 0; i < regulars.length; i++) {
                    if (random.nextInt(10) < 8 || (i == 0 && head.series().selfCast())) {
                        cast[n++] = regulars[i];
                    }
                }
                int guests = head.series().selfCast() ? 1 + random.nextInt(4) : random.nextInt(4);
                for (int g = 0, attempt = 0; g < guests && attempt < 16; attempt++) {
                    long j = people.pickCast(random);
                    if (!Titles.contains(cast, n, j) && !Titles.contains(regulars, regulars.length, j)) {
                        cast[n++] = j;
                        g++;
                    }
                }
                return java.util.Arrays.copyOf(cast, n);
            }
            case TV_SERIES, TV_MINI_SERIES -> {
                return head.series().regulars();
            }
            default -> {
                int count = switch (head.type()) {
                    case MOVIE, TV_MOVIE, VIDEO -> 2 + random.nextInt(7);
                    case TV_SPECIAL -> 2 + random.nextInt(5);
                    case VIDEO_GAME -> random.nextInt(6);
                    default -> random.nextInt(5);
                };
                return Titles.distinct(random, count, () -> people.pickCast(random));
            }
        }
    }

    /** How many of an episode's cast are series regulars (they come first). */
    private static int regularsIn(long[] cast, long[] regulars) {
        int n = 0;
        while (n < cast.length && Titles.contains(regulars, regulars.length, cast[n])) {
            n++;
        }
        return n;
    }

    private static int producers(SplittableRandom random, TitleType type) {
        int roll = random.nextInt(100);
        return switch (type) {
            case MOVIE, TV_MOVIE, VIDEO -> roll < 35 ? 0 : roll < 70 ? 1 : roll < 90 ? 2 : 3;
            case TV_SERIES, TV_MINI_SERIES -> 1 + roll % 3;
            case TV_EPISODE -> roll < 70 ? 0 : roll < 93 ? 1 : 2;
            default -> roll < 70 ? 0 : 1;
        };
    }

    /** Percent chance of a composer, a cinematographer, an editor and other crew, by type. */
    private static int[] crewPercents(TitleType type) {
        return switch (type) {
            case MOVIE -> new int[] {70, 70, 70, 25};
            case TV_MOVIE -> new int[] {60, 60, 60, 15};
            case VIDEO -> new int[] {40, 30, 35, 5};
            case TV_SERIES, TV_MINI_SERIES -> new int[] {50, 10, 10, 10};
            case TV_EPISODE -> new int[] {18, 18, 22, 5};
            case SHORT, TV_SHORT -> new int[] {20, 30, 25, 2};
            case VIDEO_GAME -> new int[] {50, 0, 0, 5};
            case TV_SPECIAL -> new int[] {30, 20, 30, 5};
        };
    }

    private static void job(TsvBuffer out, SplittableRandom random, int nullInTen, String[] jobs, String first) {
        int roll = random.nextInt(10);
        if (first != null && roll < 7) {
            out.ascii(first);
        } else if (roll < nullInTen) {
            out.nul();
        } else {
            out.ascii(jobs[random.nextInt(jobs.length)]);
        }
    }

    /** Writes rows of one title, numbering them 1, 2, …. */
    private static final class Row {
        private final long k;
        private final DumpModel model;
        private final TsvBuffer out;
        private int ordering;
        private int idAt = -1;
        private int idLength;

        Row(long k, DumpModel model, TsvBuffer out) {
            this.k = k;
            this.model = model;
            this.out = out;
        }

        /** Starts a row up to its job column. */
        TsvBuffer crew(long j, String category) {
            if (idAt < 0) {
                idAt = out.size();
                model.titleIds.write(out, k);
                idLength = out.size() - idAt;
            } else {
                out.repeat(idAt, idLength);
            }
            out.tab().number(++ordering).tab();
            model.nameIds.write(out, j);
            return out.tab().ascii(category).tab();
        }

        void cast(SplittableRandom random, long j, boolean self, int position, int guestsFrom, TitleType type) {
            boolean archive = !self && type != TitleType.TV_EPISODE && !type.isSeries() && random.nextInt(100) == 0;
            String category = self ? "self" : archive ? "archive_footage" : People.category(j);
            crew(j, category).nul().tab();
            if (self || archive) {
                out.bytes(!self || type == TitleType.TV_SPECIAL || archive ? SELF
                        : position == 0 ? HOST : position >= guestsFrom ? GUEST : SELF);
            } else if (random.nextInt(10) == 0) {
                out.nul();
            } else {
                out.ascii("[\"").bytes(model.firstNamesJson[model.vocabulary.firstNames().pickIndex(random)]);
                if (random.nextInt(10) < 3) {
                    out.ch(' ').bytes(model.lastNamesJson[model.vocabulary.lastNames().pickIndex(random)]);
                }
                out.ascii("\"]");
            }
            out.newline();
        }
    }
}
