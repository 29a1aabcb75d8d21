package dev.filmsearch.corpus.json;

import com.fasterxml.jackson.core.JsonLocation;
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

/**
 * A JSON file ({@code .json}, optionally gzipped) holding one top-level array of objects, read element by element
 * so memory stays bounded. Its mapping file says what the objects are; without one, each object must carry a
 * {@code "type"} and our field names, as in JSON Lines. Problems carry the line an object starts on. An element
 * that is not valid JSON (or breaks the {@link JsonLimits}) is one problem, and reading goes on at the next line
 * that starts an object (see {@link JsonElements}).
 */
public final class JsonArrayReader implements FormatReader {
    private final ObjectMapper json = JsonLimits.mapper(true);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void read(CorpusSource source, RecordSink sink) throws IOException {
        RowMapper.eachFile(source, Mapping.nativeFormat(), json, sink, (file, mapper) -> read(file, mapper, sink));
    }

    private void read(CorpusFile file, RowMapper mapper, RecordSink sink) throws IOException {
        try (BufferedReader text = file.openText(sink)) {
            JsonElements elements = new JsonElements(new LineReader(text));
            if (!elements.start()) {
                sink.reject(new Problem(file.name(), Math.max(1, elements.line()),
                        "not a JSON array: the file must hold one array of objects"));
                return;
            }
            for (JsonElements.Element e = elements.next(); e != null; e = elements.next()) {
                if (!e.complete()) {
                    sink.reject(new Problem(file.name(), e.line(), e.problem()));
                    if (e.resync()) {
                        elements.resync();
                    }
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(e.text());
                } catch (JsonProcessingException x) {
                    JsonLocation at = x.getLocation();
                    long line = e.line() + (at == null || at.getLineNr() < 1 ? 0 : at.getLineNr() - 1);
                    sink.reject(new Problem(file.name(), line, JsonLimits.reason(x)));
                    elements.resync();
                    continue;
                }
                if (node instanceof ObjectNode object) {
                    mapper.map(Row.of(e.line(), object), sink);
                } else {
                    sink.reject(new Problem(file.name(), e.line(), "not a JSON object"));
                    if (e.text().indexOf('\n') >= 0) {
                        elements.resync(); // a stray bracket that took the objects after it in: read them again
                    }
                }
            }
            if (!elements.ended()) {
                sink.reject(new Problem(file.name(), elements.line(), "the file ends inside the array"));
            }
        } catch (BrokenTextException e) {
            sink.reject(e.problem());
        }
    }
}
