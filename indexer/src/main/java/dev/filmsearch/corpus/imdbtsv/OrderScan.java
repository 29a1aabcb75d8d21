package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.BrokenTextException;
import dev.filmsearch.corpus.Problem;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * A quick first read of a title file that checks it is in the dumps' order (keys non-decreasing as text, so all
 * rows of a title are together), and lets a {@link Hook} see chosen rows on the way (title.episode gives the
 * series ids, title.basics their titles). It splits only the key column of a row, and the whole row only when
 * the hook wants it; bad rows, and a break in the file's bytes (a truncated .gz), are left for the real read to
 * report: the scan ends at the break.
 */
final class OrderScan {
    /** What the scan shows the hook: it says which keys it wants, then gets their rows' values. */
    interface Hook {
        boolean wants(long key);

        void row(long key, String[] values);
    }

    /** Whether the file is in order; if not, the problem at its first row out of order. */
    record Result(boolean sorted, Problem outOfOrder) {
    }

    private OrderScan() {
    }

    static Result scan(TsvFile file, Hook hook, String consequence) throws IOException {
        try (BufferedReader in = file.file().openText()) {
            String headerLine = readLine(in);
            int[] index = headerLine == null ? null : file.columnIndex(headerLine, null);
            if (index == null) {
                return new Result(true, null); // the real read reports the file
            }
            int columns = index[index.length - 1];
            int keyColumn = index[0];
            DumpFile kind = file.kind();
            Check check = new Check(file, consequence);
            long line = 1;
            for (String text = readLine(in); text != null; text = readLine(in)) {
                line++;
                text = TsvFile.strip(text);
                String id = field(text, keyColumn);
                long key = id == null ? -1 : ImdbId.textKey(kind.keyPrefix(), id);
                if (key < 0) {
                    continue;
                }
                check.row(key, id, line);
                if (hook != null && hook.wants(key)) {
                    String[] fields = TsvFile.split(text);
                    if (fields.length == columns) {
                        String[] values = new String[index.length - 1];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = fields[index[i]];
                        }
                        hook.row(key, values);
                    }
                }
            }
            return new Result(check.first() == null, check.first());
        }
    }

    private static String readLine(BufferedReader in) throws IOException {
        try {
            return in.readLine();
        } catch (BrokenTextException e) {
            return null;
        }
    }

    /** Follows the keys of a file in file order and keeps the problem at the first that goes back. */
    static final class Check {
        private final TsvFile file;
        private final String consequence;
        private long previous = -1;
        private String previousId;
        private long previousLine;
        private Problem first;

        /** @param consequence what the reader does about it, the end of the problem's reason */
        Check(TsvFile file, String consequence) {
            this.file = file;
            this.consequence = consequence;
        }

        /** Notes a row's key; true if it is the first out of order. */
        boolean row(long key, String id, long line) {
            boolean firstBack = key < previous && first == null;
            if (firstBack) {
                String column = file.kind().keyColumn();
                first = file.problem(line, column + " " + id + " is out of order (after " + previousId + " on line "
                        + previousLine + "): the dumps are sorted by " + column + " as text; " + consequence);
            }
            if (key > previous) {
                previous = key;
                previousId = id;
                previousLine = line;
            }
            return firstBack;
        }

        Problem first() {
            return first;
        }
    }

    /** The {@code column}-th tab-separated field of a line, or null when the line has fewer. */
    static String field(String line, int column) {
        int start = 0;
        for (int i = 0; i < column; i++) {
            start = line.indexOf('\t', start) + 1;
            if (start == 0) {
                return null;
            }
        }
        int end = line.indexOf('\t', start);
        return line.substring(start, end < 0 ? line.length() : end);
    }
}
