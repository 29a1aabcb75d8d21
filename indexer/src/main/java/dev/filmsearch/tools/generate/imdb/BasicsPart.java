package dev.filmsearch.tools.generate.imdb;

/** title.basics: one row per title. */
final class BasicsPart implements DumpPart {
    @Override
    public String fileName() {
        return "title.basics.tsv.gz";
    }

    @Override
    public String header() {
        return "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres";
    }

    @Override
    public int write(long k, Titles titles, TsvBuffer out) {
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
