package dev.filmsearch.bench.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmsearch.bench.docs.BenchDocs;
import dev.filmsearch.bench.engine.Answer;
import dev.filmsearch.bench.engine.EngineClient;
import dev.filmsearch.bench.query.BenchQuery;
import dev.filmsearch.bench.query.QueryFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Sends every query of the query file once to each engine given and writes what each answered (hits, top-10 keys,
 * facet counts) to one JSON file, so the report can compare hit counts and top-10 overlap per query. An engine
 * that fails a query gets {@code "error"} for it instead of an answer. The benchmark runs it once per engine, while
 * only that engine is up; {@link dev.filmsearch.bench.report.Results} joins the files.
 */
@Command(name = "compare", description = "Ask every engine every query once; write the answers side by side.")
public final class CompareCommand implements Callable<Integer> {
    @Option(names = "--engine", required = true, description = "ENGINE=URL, repeatable")
    List<String> engines;

    @Option(names = "--queries", required = true)
    Path queries;

    @Option(names = "--out", required = true)
    Path out;

    @Override
    public Integer call() throws Exception {
        List<EngineSpec> specs = engines.stream().map(EngineSpec::parse).toList();
        List<EngineClient> clients = new ArrayList<>();
        specs.forEach(s -> clients.add(s.client()));
        ObjectNode root = BenchDocs.json().createObjectNode();
        ArrayNode names = root.putArray("engines");
        specs.forEach(s -> names.add(s.name()));
        ArrayNode rows = root.putArray("queries");
        int failures = 0;
        for (BenchQuery q : QueryFile.read(queries)) {
            ObjectNode row = rows.addObject();
            row.put("label", q.label()).put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("text", q.text()).put("director", q.director());
            ObjectNode answers = row.putObject("answers");
            for (EngineClient c : clients) {
                try {
                    Answer a = c.search(q);
                    answers.set(c.engine().name(), BenchDocs.json().valueToTree(a));
                } catch (Exception e) {
                    failures++;
                    answers.putObject(c.engine().name()).put("error", String.valueOf(e.getMessage()));
                    System.err.println("compare: " + c.engine().name() + " failed '" + q.text() + "': " + e.getMessage());
                }
            }
        }
        BenchDocs.json().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
        System.out.printf("compared %d queries over %d engines (%d failed answers) -> %s%n", rows.size(),
                specs.size(), failures, out);
        return 0;
    }
}
