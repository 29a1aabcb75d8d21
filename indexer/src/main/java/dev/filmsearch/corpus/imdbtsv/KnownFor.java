package dev.filmsearch.corpus.imdbtsv;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Comparator;

/** One entry of a person's knownForTitles, sorted by title so the title join can pick it up. */
record KnownFor(int tconst, int nconst) {
    static final Comparator<KnownFor> ORDER = (a, b) -> a.tconst() != b.tconst()
            ? Integer.compare(a.tconst(), b.tconst())
            : Integer.compare(a.nconst(), b.nconst());

    static final ExternalSorter.Codec<KnownFor> CODEC = new ExternalSorter.Codec<>() {
        @Override
        public void write(DataOutputStream out, KnownFor k) throws IOException {
            out.writeInt(k.tconst());
            out.writeInt(k.nconst());
        }

        @Override
        public KnownFor read(DataInputStream in) throws IOException {
            return new KnownFor(in.readInt(), in.readInt());
        }
    };
}
