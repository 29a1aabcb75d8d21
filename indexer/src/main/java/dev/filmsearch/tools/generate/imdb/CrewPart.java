package dev.filmsearch.tools.generate.imdb;

/** title.crew: one row per title, directors and writers as nconst lists ({@code \N} when none). */
final class CrewPart extends DumpPart {
    CrewPart() {
        super("title.crew.tsv.gz", "tconst\tdirectors\twriters",
                false, 30);
    }

    @Override
    int write(long k, Titles titles, TsvBuffer out) {
        Credits.Crew crew = Credits.crew(titles, k);
        IdSpace names = titles.model().nameIds;
        titles.model().titleIds.write(out, k);
        out.tab();
        list(out, names, crew.directors());
        out.tab();
        list(out, names, crew.writers());
        out.newline();
        return 1;
    }

    private static void list(TsvBuffer out, IdSpace names, long[] people) {
        if (people.length == 0) {
            out.nul();
            return;
        }
        for (int i = 0; i < people.length; i++) {
            if (i > 0) {
                out.ch(',');
            }
            names.write(out, people[i]);
        }
    }
}
