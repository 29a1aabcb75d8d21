package dev.filmsearch.corpus.imdbtsv;

import java.io.IOException;

/**
 * The merge-join of the title files, all sorted by tconst: it walks the keys in order and hands each tconst's
 * rows, as one {@link TitleGroup}, to the {@link FilmAssembler}. Holds one title's rows at a time.
 */
final class TitleJoin {
    private final KeyedStream<TsvRow> basics;
    private final KeyedStream<TsvRow> ratings;
    private final KeyedStream<TsvRow> crew;
    private final KeyedStream<TsvRow> principals;
    private final KeyedStream<KnownFor> knownFor;

    TitleJoin(RecordIterator<TsvRow> basics, RecordIterator<TsvRow> ratings, RecordIterator<TsvRow> crew,
              RecordIterator<TsvRow> principals, RecordIterator<KnownFor> knownFor) throws IOException {
        this.basics = new KeyedStream<>(basics, TsvRow::key);
        this.ratings = new KeyedStream<>(ratings, TsvRow::key);
        this.crew = new KeyedStream<>(crew, TsvRow::key);
        this.principals = new KeyedStream<>(principals, TsvRow::key);
        this.knownFor = new KeyedStream<>(knownFor, KnownFor::tconst);
    }

    void run(FilmAssembler assembler) throws IOException {
        while (true) {
            int k = Math.min(Math.min(basics.headKey(), ratings.headKey()),
                    Math.min(Math.min(crew.headKey(), principals.headKey()), knownFor.headKey()));
            if (k == KeyedStream.END) {
                return;
            }
            assembler.assemble(new TitleGroup(k, basics.take(k), ratings.take(k), crew.take(k),
                    principals.take(k), knownFor.take(k)));
        }
    }
}
