package dev.filmsearch.corpus.imdbtsv;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Comparator;

/**
 * One data row of a dump file: its join key (the {@link ImdbId#textKey} of its tconst/nconst, which sorts like the
 * id as text), its line in the file (header = line 1) and the values of the columns {@link DumpFile#columns()}
 * lists, raw ({@code \N} kept).
 */
record TsvRow(long key, long line, String[] values) {
    /** By key, then by line: the file's own order among rows with the same key. */
    static final Comparator<TsvRow> ORDER = (a, b) -> a.key() != b.key()
            ? Long.compare(a.key(), b.key())
            : Long.compare(a.line(), b.line());

    static final ExternalSorter.Codec<TsvRow> CODEC = new ExternalSorter.Codec<>() {
        @Override
        public void write(DataOutputStream out, TsvRow row) throws IOException {
            out.writeLong(row.key());
            Binary.writeVarLong(out, row.line());
            Binary.writeVarLong(out, row.values().length);
            for (String v : row.values()) {
                Binary.writeString(out, v);
            }
        }

        @Override
        public TsvRow read(DataInputStream in) throws IOException {
            long key = in.readLong();
            long line = Binary.readVarLong(in);
            String[] values = new String[(int) Binary.readVarLong(in)];
            for (int i = 0; i < values.length; i++) {
                values[i] = Binary.readString(in);
            }
            return new TsvRow(key, line, values);
        }
    };

    /** The number of the id ("tt0468569" → 468569). */
    int number() {
        return ImdbId.number(key);
    }

    /** The raw key as written in the file: "tt0468569". */
    String id() {
        return values[0];
    }

    String value(int column) {
        return values[column];
    }
}
