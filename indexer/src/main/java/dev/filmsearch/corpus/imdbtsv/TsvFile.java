package dev.filmsearch.corpus.imdbtsv;

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

    void read(RecordSink sink, RowHandler handler) throws IOException {
        try (BufferedReader in = file.openText()) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                sink.reject(problem(1, "missing header row"));
                return;
            }
            List<String> header = Arrays.asList(split(strip(headerLine.replace("\uFEFF", ""))));
            List<String> wanted = kind.columns();
            int[] index = new int[wanted.size()];
            for (int i = 0; i < index.length; i++) {
                index[i] = header.indexOf(wanted.get(i));
                if (index[i] < 0) {
                    sink.reject(problem(1, "missing column '" + wanted.get(i) + "'"));
                    return;
                }
            }
            long line = 1;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                text = strip(text);
                if (text.isEmpty()) {
                    continue;
                }
                String[] fields = split(text);
                if (fields.length != header.size()) {
                    sink.reject(problem(line, "expected " + header.size() + " columns, found " + fields.length));
                    continue;
                }
                String[] values = new String[index.length];
                for (int i = 0; i < index.length; i++) {
                    values[i] = fields[index[i]];
                }
                int key = ImdbId.parse(kind.keyPrefix(), values[0]);
                if (key < 0) {
                    sink.reject(problem(line, "bad " + kind.keyColumn() + " '" + values[0] + "'"));
                    continue;
                }
                handler.row(new TsvRow(key, line, values));
            }
        }
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String[] split(String line) {
        return line.split("\t", -1);
    }
}
