package dev.filmsearch.corpus.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}, optionally gzipped): one JSON object per line. Without a mapping
 * file the lines are our own format (docs/corpus-format.md), each with a {@code "type"}; with one, every line is
 * a row of the type the mapping names. Blank lines are skipped; a line that is not a JSON object, or breaks one of
 * the {@link JsonLimits}, is a problem for that line and reading goes on.
 */
public final class JsonLinesReader implements FormatReader {
    private final ObjectMapper json = JsonLimits.mapper(true);

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public void read(CorpusSource source, RecordSink sink) throws IOException {
        RowMapper.eachFile(source, Mapping.nativeFormat(), json, sink, (file, mapper) -> read(file, mapper, sink));
    }

    private void read(CorpusFile file, RowMapper mapper, RecordSink sink) throws IOException {
        try (BufferedReader text = file.openText(sink)) {
            LineReader in = new LineReader(text);
            long lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (in.tooLong()) {
                    sink.reject(new Problem(file.name(), lineNumber, String.format(Locale.ROOT,
                            "a line longer than %,d characters", LineReader.MAX_LINE)));
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (JsonProcessingException e) {
                    sink.reject(new Problem(file.name(), lineNumber, JsonLimits.reason(e)));
                    continue;
                }
                if (node instanceof ObjectNode object) {
                    mapper.map(Row.of(lineNumber, object), sink);
                } else {
                    sink.reject(new Problem(file.name(), lineNumber, "not a JSON object"));
                }
            }
        } catch (BrokenTextException e) {
            sink.reject(e.problem());
        }
    }
}
