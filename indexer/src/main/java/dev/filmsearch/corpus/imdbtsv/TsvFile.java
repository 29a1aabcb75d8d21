package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.BrokenTextException;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Streams the rows of one dump file: header row, then tab-separated values with no quoting (a {@code "} is
 * literal). Columns are found by their header names. A row with the wrong number of columns or a bad key is a
 * problem and skipped; a missing required column skips the whole file. A last line without a newline is read.
 */
final class TsvFile {
    /** Receives each good row, in file order. */
    interface RowHandler {
        void row(TsvRow row) throws IOException;
    }

    private final CorpusFile file;
    private final DumpFile kind;

    TsvFile(CorpusFile file, DumpFile kind) {
        this.file = file;
        this.kind = kind;
    }

    CorpusFile file() {
        return file;
    }

    DumpFile kind() {
        return kind;
    }

    /** A problem at a line of this file. */
    Problem problem(long line, String reason) {
        return new Problem(file.name(), line, reason);
    }

    /** Hands every good row to {@code handler}, in file order; bad rows go to the sink as problems. */
    void read(RecordSink sink, RowHandler handler) throws IOException {
        try (Rows rows = open(sink)) {
            for (TsvRow row = rows.next(); row != null; row = rows.next()) {
                handler.row(row);
            }
        }
    }

    /** The good rows, one at a time in file order; bad rows go to the sink as problems while reading. */
    Rows open(RecordSink sink) throws IOException {
        return new Rows(file.openText(), sink);
    }

    /**
     * The header's position of each column {@link DumpFile#columns()} lists, then the number of columns; null if
     * one is missing (reported to the sink when there is one).
     */
    int[] columnIndex(String headerLine, RecordSink sink) {
        List<String> header = Arrays.asList(split(strip(headerLine.replace("\uFEFF", ""))));
        List<String> wanted = kind.columns();
        int[] index = new int[wanted.size() + 1];
        for (int i = 0; i < wanted.size(); i++) {
            index[i] = header.indexOf(wanted.get(i));
            if (index[i] < 0) {
                if (sink != null) {
                    sink.reject(problem(1, "missing column '" + wanted.get(i) + "'"));
                }
                return null;
            }
        }
        index[wanted.size()] = header.size();
        return index;
    }

    /** The rows of an open file. */
    final class Rows implements RecordIterator<TsvRow> {
        private final BufferedReader in;
        private final RecordSink sink;
        private int[] index;
        private int columns;
        private long line = 1;
        private boolean broken;

        private Rows(BufferedReader in, RecordSink sink) throws IOException {
            this.in = in;
            this.sink = sink;
            try {
                String headerLine = readLine();
                if (headerLine == null) {
                    if (!broken) {
                        sink.reject(problem(1, "missing header row"));
                    }
                    return;
                }
                index = columnIndex(headerLine, sink);
                if (index != null) {
                    columns = index[index.length - 1];
                    index = Arrays.copyOf(index, index.length - 1);
                }
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }

        @Override
        public TsvRow next() throws IOException {
            if (index == null) {
                return null;
            }
            for (String text = readLine(); text != null; text = readLine()) {
                line++;
                text = strip(text);
                if (text.isEmpty()) {
                    continue;
                }
                String[] fields = split(text);
                if (fields.length != columns) {
                    sink.reject(problem(line, "expected " + columns + " columns, found " + fields.length));
                    continue;
                }
                String[] values = new String[index.length];
                for (int i = 0; i < index.length; i++) {
                    values[i] = fields[index[i]];
                }
                long key = ImdbId.textKey(kind.keyPrefix(), values[0]);
                if (key < 0) {
                    sink.reject(problem(line, "bad " + kind.keyColumn() + " '" + values[0] + "'"));
                    continue;
                }
                return new TsvRow(key, line, values);
            }
            index = null;
            return null;
        }

        /** The next line; null at the end, or at a break in the bytes, which is reported once. */
        private String readLine() throws IOException {
            try {
                return in.readLine();
            } catch (BrokenTextException e) {
                broken = true;
                sink.reject(e.problem());
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    static String[] split(String line) {
        return line.split("\t", -1);
    }
}
