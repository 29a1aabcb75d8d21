package dev.filmsearch.corpus.imdbtsv;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Comparator;

/**
 * One entry of a person's knownForTitles, sorted by title (its {@link ImdbId#textKey}, the title join's order) so
 * the title join can pick it up.
 */
record KnownFor(long tconst, int nconst) {
    static final Comparator<KnownFor> ORDER = (a, b) -> a.tconst() != b.tconst()
            ? Long.compare(a.tconst(), b.tconst())
            : Integer.compare(a.nconst(), b.nconst());

    static final ExternalSorter.Codec<KnownFor> CODEC = new ExternalSorter.Codec<>() {
        @Override
        public void write(DataOutputStream out, KnownFor k) throws IOException {
            out.writeLong(k.tconst());
            out.writeInt(k.nconst());
        }

        @Override
        public KnownFor read(DataInputStream in) throws IOException {
            return new KnownFor(in.readLong(), in.readInt());
        }
    };
}
