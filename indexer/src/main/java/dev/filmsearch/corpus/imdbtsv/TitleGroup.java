package dev.filmsearch.corpus.imdbtsv;

import java.util.List;

/**
 * Everything the folder says about one tconst ({@code key} is its {@link ImdbId#textKey}): its rows of each title
 * file and who is known for it.
 */
record TitleGroup(long key, List<TsvRow> basics, List<TsvRow> ratings, List<TsvRow> crew, List<TsvRow> principals,
                  List<TsvRow> akas, List<TsvRow> episode, List<KnownFor> knownFor) {
    /** The tconst's number. */
    int tconst() {
        return ImdbId.number(key);
    }

    /** The rows of one title file. */
    List<TsvRow> rows(DumpFile kind) {
        return switch (kind) {
            case TITLE_BASICS -> basics;
            case TITLE_RATINGS -> ratings;
            case TITLE_CREW -> crew;
            case TITLE_PRINCIPALS -> principals;
            case TITLE_AKAS -> akas;
            case TITLE_EPISODE -> episode;
            case NAME_BASICS -> List.of();
        };
    }
}
