package dev.filmsearch.corpus.rows;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line, where only {@code \n} ends a line (a {@code \r} before it is dropped). Unlike
 * {@link java.io.BufferedReader#readLine()} a lone {@code \r} inside a line stays in it, so line numbers are the
 * ones an editor, {@code sed -n} or {@code grep -n} shows.
 */
public final class LineReader {
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;

    public LineReader(Reader in) {
        this.in = in;
    }

    /** The next line without its line end, or null at the end of the text. */
    public String readLine() throws IOException {
        StringBuilder line = null;
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
            if (position < limit) {
                String tail = new String(buffer, start, position - start);
                position++;
                return withoutCr(line == null ? tail : line.append(tail).toString());
            }
            if (line == null) {
                line = new StringBuilder();
            }
            line.append(buffer, start, position - start);
        }
    }

    private static String withoutCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
