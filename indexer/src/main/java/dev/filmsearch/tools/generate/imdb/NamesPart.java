package dev.filmsearch.tools.generate.imdb;

import dev.filmsearch.tools.generate.Draws;
import java.util.SplittableRandom;

/**
 * name.basics: one row per person (15.1M names for 12.3M titles). The name is drawn as the JSON Lines generator
 * draws person names (first + last name, same stream), so person j has the same name in both formats.
 * primaryProfession starts with the person's role ({@link People}); birth years are known for few (more of the
 * prolific); knownForTitles names up to four titles of the dump near the person's place in the id order (people
 * and titles were numbered over the same years), an episode being replaced by its series.
 */
final class NamesPart extends DumpPart {
    private static final String[] EXTRA_PROFESSIONS = {"soundtrack", "miscellaneous", "producer", "writer",
        "director", "actor", "camera_department", "editorial_department", "music_department", "art_department",
        "stunts", "casting_department", "sound_department", "visual_effects"};

    NamesPart() {
        super("name.basics.tsv.gz", "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\t"
                + "knownForTitles", true, 85);
    }

    @Override
    int write(long j, Titles titles, TsvBuffer out) {
        DumpModel model = titles.model();
        SplittableRandom names = Draws.of(model.seed, Kinds.PERSON_NAME, j);
        model.nameIds.write(out, j);
        out.tab().text(model.vocabulary.firstNames().pick(names)).ch(' ')
                .text(model.vocabulary.lastNames().pick(names)).tab();
        SplittableRandom random = Draws.of(model.seed, Kinds.PERSON, j);
        boolean prolific = model.people.prolific(j);
        int born = random.nextInt(100) < (prolific ? 40 : 6) ? 1900 + random.nextInt(106) : 0;
        int died = born > 0 && born < 1960 && random.nextInt(3) > 0
                ? Math.min(Titles.LATEST_YEAR, born + 40 + random.nextInt(55)) : 0;
        out.numberOrNull(born).tab().numberOrNull(died).tab();
        professions(out, random, j);
        out.tab();
        knownFor(out, random, j, titles);
        out.newline();
        return 1;
    }

    private static void professions(TsvBuffer out, SplittableRandom random, long j) {
        if (random.nextInt(100) < 7) {
            out.nul();
            return;
        }
        String main = People.category(j);
        out.ascii(main);
        int roll = random.nextInt(100);
        int extras = roll < 50 ? 0 : roll < 85 ? 1 : 2;
        String previous = main;
        for (int i = 0; i < extras; i++) {
            String extra = EXTRA_PROFESSIONS[random.nextInt(EXTRA_PROFESSIONS.length)];
            if (!extra.equals(main) && !extra.equals(previous)) {
                out.ch(',').ascii(extra);
                previous = extra;
            }
        }
    }

    private static void knownFor(TsvBuffer out, SplittableRandom random, long j, Titles titles) {
        DumpModel model = titles.model();
        if (random.nextInt(100) < 10) {
            out.nul();
            return;
        }
        long total = model.titles();
        long center = Math.min(total - 1, (long) ((double) j / model.names() * total));
        long near = Math.clamp(center + random.nextInt(TitleLayout.BLOCK) - TitleLayout.BLOCK / 2, 0, total - 1);
        TitleLayout.Block block = titles.block(near);
        int count = 1 + random.nextInt(4);
        long[] picked = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            long k = block.first() + random.nextInt(block.length());
            // most titles of a block are episodes: look a few times for another title before taking the series
            for (int attempt = 0; attempt < 8 && block.type(k) == TitleType.TV_EPISODE; attempt++) {
                k = block.first() + random.nextInt(block.length());
            }
            if (block.type(k) == TitleType.TV_EPISODE) {
                k = block.series(k);
            }
            if (!Titles.contains(picked, n, k)) {
                picked[n++] = k;
            }
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.ch(',');
            }
            model.titleIds.write(out, picked[i]);
        }
    }
}
