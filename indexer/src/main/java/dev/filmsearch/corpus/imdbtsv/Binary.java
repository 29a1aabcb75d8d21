package dev.filmsearch.corpus.imdbtsv;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Compact encodings for the sort runs: variable-length numbers and nullable UTF-8 strings. */
final class Binary {
    private Binary() {
    }

    /** Writes {@code n ≥ 0} in 1 byte per 7 bits. */
    static void writeVarLong(DataOutput out, long n) throws IOException {
        while ((n & ~0x7FL) != 0) {
            out.writeByte((int) ((n & 0x7F) | 0x80));
            n >>>= 7;
        }
        out.writeByte((int) n);
    }

    static long readVarLong(DataInput in) throws IOException {
        long n = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            n |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return n;
            }
        }
    }

    /** A nullable int as {@code n + 1}, 0 for null. */
    static void writeNullableInt(DataOutput out, Integer n) throws IOException {
        writeVarLong(out, n == null ? 0 : n + 1L);
    }

    static Integer readNullableInt(DataInput in) throws IOException {
        long n = readVarLong(in);
        return n == 0 ? null : (int) (n - 1);
    }

    /** A nullable string as its UTF-8 byte length + 1 (0 for null), then the bytes. */
    static void writeString(DataOutput out, String s) throws IOException {
        if (s == null) {
            writeVarLong(out, 0);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeVarLong(out, bytes.length + 1L);
        out.write(bytes);
    }

    static String readString(DataInput in) throws IOException {
        long n = readVarLong(in);
        if (n == 0) {
            return null;
        }
        byte[] bytes = new byte[(int) (n - 1)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
