package dev.filmsearch.corpus.rows;

import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.FormatReader;
import dev.filmsearch.corpus.csv.CsvReader;
import dev.filmsearch.corpus.json.JsonArrayReader;
import dev.filmsearch.corpus.json.JsonLinesReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProbeIT {
    @Test
    void probe() throws Exception {
        var fixture = SharedCorpusFixture.require();
        try (var built = fixture.build(SharedCorpusFixture.ROW_FILES)) {
        Path corpus = built.root();
        for (String file : SharedCorpusFixture.ROW_FILES) {
            CorpusSource source = SharedCorpusFixture.source(corpus, file);
            FormatReader reader = switch (source.format()) {
                case "csv" -> new CsvReader();
                case "jsonl" -> new JsonLinesReader();
                default -> new JsonArrayReader();
            };
            var sink = new CollectingSink();
            long t = System.nanoTime();
            reader.read(source, sink);
            Map<String, Long> types = new TreeMap<>();
            sink.records.forEach(r -> types.merge(r.type().label(), 1L, Long::sum));
            Map<String, Long> reasons = new TreeMap<>();
            sink.problems.forEach(p -> reasons.merge(p.reason().replaceAll("'.*'", "'…'"), 1L, Long::sum));
            System.out.printf("%s (%d ms): %s problems %d%n", file, (System.nanoTime() - t) / 1_000_000, types, sink.problems.size());
            reasons.forEach((r, n) -> System.out.println("   " + n + " × " + r));
            sink.problems.stream().limit(6).forEach(p -> System.out.println("      " + p));
            System.out.println("   first: " + sink.records.getFirst());
        }
        }
    }
}
