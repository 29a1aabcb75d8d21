package dev.filmsearch.corpus.csv;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmsearch.corpus.BrokenTextException;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.FormatReader;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.corpus.rows.LineReader;
import dev.filmsearch.corpus.rows.Mapping;
import dev.filmsearch.corpus.rows.Row;
import dev.filmsearch.corpus.rows.RowMapper;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row ({@code .csv}, optionally gzipped), RFC 4180: quoted cells may hold commas, quotes and
 * line breaks. Columns are matched to our fields by their common names, or as the mapping file says; a CSV
 * without a mapping file holds films. A trailing empty column without a name is tolerated; a value under no
 * column name means the row is misaligned, and it is rejected. A quote opened and never closed costs only its own
 * row: every line after it is read again (see {@link CsvRecords}).
 */
public final class CsvReader implements FormatReader {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void read(CorpusSource source, RecordSink sink) throws IOException {
        RowMapper.eachFile(source, Mapping.commonNames(RecordType.FILM), json, sink,
                (file, mapper) -> read(file, mapper, sink));
    }

    private void read(CorpusFile file, RowMapper mapper, RecordSink sink) throws IOException {
        try (BufferedReader in = file.openText(sink)) {
            CsvRecords records = new CsvRecords(new LineReader(in));
            List<String> header = null;
            for (CsvRecords.Chunk chunk = records.next(); chunk != null; chunk = records.next()) {
                boolean severalLines = chunk.text().indexOf('\n') >= 0;
                List<String> cells;
                try {
                    cells = cells(chunk);
                } catch (MalformedRow e) {
                    if (header == null) {
                        reject(sink, file, chunk.line(), e.getMessage() + "; no header, file skipped");
                        return;
                    }
                    if (severalLines) {
                        // an unclosed quote that a later row's quote closed: read the lines it swallowed again
                        records.resync();
                        reject(sink, file, chunk.line(), UNCLOSED + "; row skipped");
                    } else {
                        reject(sink, file, chunk.line(), e.getMessage() + "; row skipped");
                    }
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = header(cells);
                    continue;
                }
                String misaligned = misaligned(header, cells);
                if (misaligned != null && severalLines) {
                    records.resync();
                    reject(sink, file, chunk.line(), UNCLOSED + "; row skipped");
                } else if (misaligned != null) {
                    reject(sink, file, chunk.line(), misaligned);
                } else {
                    mapper.map(Row.of(chunk.line(), header, cells), sink);
                }
            }
        } catch (BrokenTextException e) {
            sink.reject(e.problem());
        }
    }

    private static final String UNCLOSED = "a quoted cell opened on this line is never closed";

    /** A record that commons-csv cannot read; the message is the problem's reason. */
    private static final class MalformedRow extends Exception {
        MalformedRow(String reason) {
            super(reason, null, false, false);
        }
    }

    private static List<String> cells(CsvRecords.Chunk chunk) throws MalformedRow {
        if (chunk.tooLong()) {
            throw new MalformedRow(String.format(Locale.ROOT, "a line longer than %,d characters",
                    LineReader.MAX_LINE));
        }
        if (!chunk.complete()) {
            throw new MalformedRow(UNCLOSED);
        }
        try (CSVParser parser = CSVParser.parse(chunk.text(), CSVFormat.RFC4180)) {
            List<String> cells = new ArrayList<>();
            for (CSVRecord r : parser.getRecords()) {
                r.forEach(cells::add);
            }
            return cells;
        } catch (IOException | UncheckedIOException e) {
            // the chunk is in memory: the only failure left is a quoted cell followed by more text
            throw new MalformedRow("malformed quoted cell: text after its closing quote");
        }
    }

    /** Header names, cleaned; a UTF-8 byte order mark before the first is dropped; unnamed columns are "". */
    private static List<String> header(List<String> cells) {
        List<String> names = new ArrayList<>();
        for (String cell : cells) {
            String name = Text.clean(names.isEmpty() ? cell.replaceFirst("^\uFEFF", "") : cell);
            names.add(Objects.requireNonNullElse(name, ""));
        }
        return names;
    }

    /** Why the row is misaligned with the header, or null when each value sits under a named column. */
    private static String misaligned(List<String> header, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isBlank()) {
                continue;
            }
            if (i >= header.size()) {
                return "misaligned row: " + cells.size() + " cells under " + header.size() + " columns";
            }
            if (header.get(i).isEmpty()) {
                return "misaligned row: value '" + cells.get(i).strip() + "' under unnamed column " + (i + 1);
            }
        }
        return null;
    }

    private static void reject(RecordSink sink, CorpusFile file, long line, String reason) {
        sink.reject(new Problem(file.name(), line, reason));
    }
}
