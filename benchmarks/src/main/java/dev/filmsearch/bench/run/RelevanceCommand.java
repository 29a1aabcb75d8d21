package dev.filmsearch.bench.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmsearch.bench.docs.BenchDocs;
import dev.filmsearch.bench.engine.EngineClient;
import dev.filmsearch.bench.query.BenchQuery;
import dev.filmsearch.server.relevance.Judgment;
import dev.filmsearch.server.relevance.RelevanceHarness;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores one engine on the labelled queries (the relevance suite's queries.tsv): each query is a plain keyword
 * search, the top 10 keys are judged against the labels; writes success@1 and MRR@10 overall and per category.
 */
@Command(name = "relevance", description = "Score an engine on the labelled queries: success@1 and MRR@10.")
public final class RelevanceCommand implements Callable<Integer> {
    @Option(names = "--engine", required = true, description = "ENGINE=URL")
    String engine;

    @Option(names = "--judgments", required = true, description = "labelled queries (queries.tsv)")
    Path judgments;

    @Option(names = "--docs", required = true, description = "docs.jsonl the engines indexed")
    Path docs;

    @Option(names = "--out", required = true)
    Path out;

    @Override
    public Integer call() throws Exception {
        EngineSpec spec = EngineSpec.parse(engine);
        EngineClient client = spec.client();
        DocLookup lookup = DocLookup.read(docs);
        List<Judgment> labelled;
        try (InputStream in = Files.newInputStream(judgments)) {
            labelled = Judgment.read(in);
        }
        RelevanceHarness.Report report = RelevanceHarness.run(
                query -> lookup.hits(client.search(BenchQuery.words(query)).keys()), labelled);
        ObjectNode root = BenchDocs.json().createObjectNode();
        root.put("engine", spec.name());
        scores(root, report.overall());
        ObjectNode categories = root.putObject("categories");
        report.byCategory().forEach((name, s) -> scores(categories.putObject(name), s));
        ArrayNode misses = root.putArray("misses");
        for (RelevanceHarness.Result r : report.misses()) {
            ObjectNode m = misses.addObject().put("query", r.judgment().query()).put("rank", r.rank());
            r.top().forEach(m.putArray("top")::add);
        }
        BenchDocs.json().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
        System.out.println(spec.name() + " " + report.overall());
        return 0;
    }

    private static void scores(ObjectNode node, RelevanceHarness.Scores s) {
        node.put("queries", s.queries()).put("successAt1", s.successAt1()).put("mrrAt10", s.mrrAt10());
    }
}
