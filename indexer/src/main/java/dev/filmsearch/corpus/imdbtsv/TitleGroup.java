package dev.filmsearch.corpus.imdbtsv;

import java.util.List;

/** Everything the folder says about one tconst: its rows of each title file and who is known for it. */
record TitleGroup(int tconst, List<TsvRow> basics, List<TsvRow> ratings, List<TsvRow> crew,
                  List<TsvRow> principals, List<KnownFor> knownFor) {
}
