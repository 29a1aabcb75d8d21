package dev.filmsearch.tools.generate.imdb;

/** title.episode: one row per tvEpisode, naming its series and (for most series) its season and episode. */
final class EpisodePart extends DumpPart {
    EpisodePart() {
        super("title.episode.tsv.gz", "tconst\tparentTconst\tseasonNumber\tepisodeNumber",
                false, 26);
    }

    @Override
    int write(long k, Titles titles, TsvBuffer out) {
        TitleLayout.Block block = titles.block(k);
        if (block.type(k) != TitleType.TV_EPISODE) {
            return 0;
        }
        long s = block.series(k);
        Titles.Series series = titles.series(s, block);
        int index = block.number(k);
        IdSpace ids = titles.model().titleIds;
        ids.write(out, k);
        out.tab();
        ids.write(out, s);
        out.tab().numberOrNull(series.season(index)).tab().numberOrNull(series.episode(index)).newline();
        return 1;
    }
}
