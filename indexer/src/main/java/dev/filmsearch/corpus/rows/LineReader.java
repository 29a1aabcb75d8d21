package dev.filmsearch.corpus.rows;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line, where only {@code \n} ends a line (a {@code \r} before it is dropped). Unlike
 * {@link java.io.BufferedReader#readLine()} a lone {@code \r} inside a line stays in it, so line numbers are the
 * ones an editor, {@code sed -n} or {@code grep -n} shows. A line longer than {@link #MAX_LINE} characters (a
 * binary file under a text name, say) is not kept in memory: its first {@code MAX_LINE} characters are returned
 * and {@link #tooLong()} says so.
 */
public final class LineReader {
    /** The longest line kept whole: 32 Mi characters (64 MiB of memory). */
    public static final int MAX_LINE = 32 << 20;

    private final Reader in;
    private final int maxLine;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean tooLong;

    public LineReader(Reader in) {
        this(in, MAX_LINE);
    }

    LineReader(Reader in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line without its line end, or null at the end of the text. */
    public String readLine() throws IOException {
        StringBuilder line = null;
        tooLong = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line == null ? null : withoutCr(line.toString());
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            boolean ended = position < limit;
            int end = position;
            if (ended) {
                position++;
            }
            if (line == null && ended && end - start <= maxLine) {
                return withoutCr(new String(buffer, start, end - start));
            }
            if (line == null) {
                line = new StringBuilder();
            }
            int keep = Math.min(end - start, maxLine - line.length());
            tooLong |= keep < end - start;
            line.append(buffer, start, keep);
            if (ended) {
                return withoutCr(line.toString());
            }
        }
    }

    /** Whether the line {@link #readLine()} last returned was cut at {@link #MAX_LINE} characters. */
    public boolean tooLong() {
        return tooLong;
    }

    private static String withoutCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
