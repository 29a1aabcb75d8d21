package dev.filmsearch.tools.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthetic film catalogue of any size in our JSON Lines format: films, then people, then reviews, then
 * quotes (see {@link RecordCounts} for the proportions), streamed into gzip part files of at most
 * {@link GeneratorSettings#recordsPerFile()} records each. The same settings give the same bytes.
 */
public final class ScaleCorpusGenerator {
    static final String SUFFIX = ".jsonl.gz";
    private final GeneratorSettings settings;

    public ScaleCorpusGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /**
     * Generates into the output folder, created if needed. Part files of an earlier run there are deleted first,
     * so a smaller run does not leave stale parts behind; other files are left alone.
     */
    public GenerationSummary run() throws IOException {
        Files.createDirectories(settings.out());
        deleteOldParts(settings.out());
        RecordCounts counts = RecordCounts.of(settings.records());
        RecordFactory factory = new RecordFactory(settings.seed(), settings.vocabulary(), counts);
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        long spanish = 0;
        List<Path> files;
        try (PartWriter parts = new PartWriter(settings.out(), SUFFIX, settings.recordsPerFile());
             JsonGenerator json = new JsonFactory().createGenerator(line)) {
            json.setRootValueSeparator(null);
            for (long k = 0; k < counts.films(); k++) {
                factory.film(k, json);
                emit(json, line, parts);
            }
            for (long j = 0; j < counts.people(); j++) {
                factory.person(j, json);
                emit(json, line, parts);
            }
            for (long i = 0; i < counts.reviews(); i++) {
                if (factory.review(i, json)) {
                    spanish++;
                }
                emit(json, line, parts);
            }
            for (long i = 0; i < counts.quotes(); i++) {
                factory.quote(i, json);
                emit(json, line, parts);
            }
            parts.close();
            files = parts.files();
        }
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return new GenerationSummary(counts, spanish, files, bytes);
    }

    private static void deleteOldParts(Path folder) throws IOException {
        String pattern = "part-[0-9][0-9][0-9][0-9][0-9]*" + SUFFIX;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, pattern)) {
            for (Path part : parts) {
                Files.delete(part);
            }
        }
    }

    private static void emit(JsonGenerator json, ByteArrayOutputStream line, PartWriter parts) throws IOException {
        json.flush();
        line.write('\n');
        line.writeTo(parts.nextLine());
        line.reset();
    }
}
