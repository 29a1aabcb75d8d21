package dev.filmsearch.corpus.rows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.RecordType;
import java.io.IOException;

/**
 * The one path from a {@link Row} to a record, shared by the CSV, JSON Lines and JSON array readers. For each row
 * it sends the record to the sink, and one {@link Problem} per value it had to leave out (reason
 * "ignored …"), or, when the row makes no record, one problem saying why.
 */
public final class RowMapper {
    private final String file;
    private final Mapping mapping;
    private final ObjectMapper json;
    private final RecordMapper records;

    /**
     * @param file    the file name problems are reported under
     * @param mapping how rows become records
     * @param json    used to read JSON arrays inside text cells
     */
    public RowMapper(String file, Mapping mapping, ObjectMapper json) {
        this.file = file;
        this.mapping = mapping;
        this.json = json;
        this.records = new RecordMapper(mapping, json);
    }

    /** Reads one data file with the mapper made for it. */
    @FunctionalInterface
    public interface FileRead {
        void read(CorpusFile file, RowMapper mapper) throws IOException;
    }

    /**
     * Reads every file of a source, each with a mapper from the source's mapping file, or from {@code fallback}
     * when it has none. A mapping file that cannot be used is one problem, {@code NAME.mapping.json:0: bad
     * mapping file, DATA not read: …}, and no file of the source is read.
     */
    public static void eachFile(CorpusSource source, Mapping fallback, ObjectMapper json, RecordSink sink,
                                FileRead read) throws IOException {
        for (CorpusFile file : source.files()) {
            Mapping mapping = fallback;
            if (source.mapping() != null) {
                try {
                    mapping = Mapping.load(source.mapping());
                } catch (BadMappingException e) {
                    sink.reject(new Problem(e.file(), 0, "bad mapping file, " + file.name() + " not read: "
                            + e.problem()));
                    continue;
                }
            }
            read.read(file, new RowMapper(file.name(), mapping, json));
        }
    }

    public void map(Row row, RecordSink sink) {
        RecordType type = mapping.type();
        if (type == null) {
            Row.Cell cell = row.get("type");
            if (cell == null || !cell.value().isTextual()) {
                sink.reject(new Problem(file, row.line(), "no type (film, person, review or quote)"));
                return;
            }
            String text = cell.value().asText().strip();
            type = RecordType.parse(text).orElse(null);
            if (type == null) {
                sink.reject(new Problem(file, row.line(), "unknown type '" + text + "'"));
                return;
            }
        }
        MappedRow mapped = new MappedRow(row, mapping, type, json);
        CatalogRecord record;
        try {
            record = records.map(type, mapped);
        } catch (RecordMapper.Rejected e) {
            sink.reject(new Problem(file, row.line(), e.getMessage()));
            return;
        }
        mapped.ignored().forEach(reason -> sink.reject(Problem.ignoredValue(file, row.line(), reason)));
        sink.accept(record);
    }
}
