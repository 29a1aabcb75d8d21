package dev.filmsearch.tools.generate.imdb;

/** title.basics: one row per title. */
final class BasicsPart extends DumpPart {
    BasicsPart() {
        super("title.basics.tsv.gz", "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\t"
                + "runtimeMinutes\tgenres", false, 75);
    }

    @Override
    int write(long k, Titles titles, TsvBuffer out) {
        Titles.Head head = titles.head(k);
        titles.model().titleIds.write(out, k);
        out.tab().ascii(head.type().text).tab().text(head.primary()).tab().text(head.original()).tab()
                .ch(head.adult() ? '1' : '0').tab().numberOrNull(head.startYear()).tab()
                .numberOrNull(head.endYear()).tab().numberOrNull(head.runtime()).tab();
        if (head.genres() == null) {
            out.nul();
        } else {
            out.ascii(head.genres());
        }
        out.newline();
        return 1;
    }
}
