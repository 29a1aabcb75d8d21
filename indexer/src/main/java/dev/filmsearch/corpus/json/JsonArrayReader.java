package dev.filmsearch.corpus.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmsearch.corpus.BrokenTextException;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.FormatReader;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.corpus.rows.Mapping;
import dev.filmsearch.corpus.rows.Row;
import dev.filmsearch.corpus.rows.RowMapper;
import java.io.IOException;

/**
 * A JSON file ({@code .json}, optionally gzipped) holding one top-level array of objects, streamed object by
 * object so memory stays bounded. Its mapping file says what the objects are; without one, each object must
 * carry a {@code "type"} and our field names, as in JSON Lines. Problems carry the line an object starts on.
 */
public final class JsonArrayReader implements FormatReader {
    private final ObjectMapper json = JsonLimits.mapper(false);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void read(CorpusSource source, RecordSink sink) throws IOException {
        RowMapper.eachFile(source, Mapping.nativeFormat(), json, sink, (file, mapper) -> read(file, mapper, sink));
    }

    private void read(CorpusFile file, RowMapper mapper, RecordSink sink) throws IOException {
        try (JsonParser parser = json.createParser(file.openText(sink))) {
            try {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    sink.reject(new Problem(file.name(), parser.currentTokenLocation().getLineNr(),
                            "not a JSON array: the file must hold one array of objects"));
                    return;
                }
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (token == null) {
                        sink.reject(new Problem(file.name(), parser.currentLocation().getLineNr(),
                                "the file ends inside the array"));
                        return;
                    }
                    long line = parser.currentTokenLocation().getLineNr();
                    if (token == JsonToken.START_OBJECT) {
                        mapper.map(Row.of(line, (ObjectNode) json.readTree(parser)), sink);
                    } else {
                        parser.skipChildren();
                        sink.reject(new Problem(file.name(), line, "not a JSON object"));
                    }
                }
            } catch (JsonProcessingException e) {
                var at = e.getLocation();
                sink.reject(new Problem(file.name(), at == null ? parser.currentLocation().getLineNr() : at.getLineNr(),
                        JsonLimits.reason(e) + ", the rest of the file is skipped"));
            }
        } catch (BrokenTextException e) {
            sink.reject(e.problem());
        }
    }
}
