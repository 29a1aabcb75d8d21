package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.build.BuildListener;
import dev.filmsearch.build.BuildSummary;
import dev.filmsearch.build.IndexBuild;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.opensearch.OpenSearchTarget;
import dev.filmsearch.server.opensearch.OpenSearchCluster;
import dev.filmsearch.server.opensearch.OpenSearchEngine;
import dev.filmsearch.server.relevance.Judgment;
import dev.filmsearch.server.relevance.RelevanceHarness;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * The labelled relevance suite on both engines: the nine shared data sets of {@link RelevanceIT} indexed into the
 * embedded index and into an OpenSearch index of the three-node test cluster, the same labelled queries run
 * through each. The OpenSearch engine must stay within 0.03 of the embedded engine's success@1 and MRR@10
 * (docs/scale-out.md). Skips without ../shared/corpus.
 */
@ExtendWith(OpenSearchCluster.class)
class OpenSearchRelevanceIT {
    private static final String ALIAS = "it-relevance";
    static final double MAX_GAP = 0.03;

    @Test
    void the_opensearch_engine_answers_the_labelled_queries_within_three_points_of_the_embedded_one(
            OpenSearchCluster.Running cluster, @TempDir Path dir) throws Exception {
        Optional<Path> shared = SharedCorpus.shared();
        Assumptions.assumeTrue(shared.isPresent(),
                "../shared/corpus is absent (system property filmsearch.shared.corpus): skipping the relevance suite"
                        + " on OpenSearch");
        List<Judgment> judgments;
        try (InputStream in = RelevanceIT.class.getResourceAsStream("/relevance/queries.tsv")) {
            judgments = Judgment.read(in);
        }
        OpenSearchClient client = cluster.connection().client();
        try (SharedCorpus corpus = SharedCorpus.link(shared.get(), RelevanceIT.FILES)) {
            IndexBuild build = new IndexBuild(Formats.standard(), BuildListener.NONE, Clock.systemUTC());
            BuildSummary embeddedBuild = build.run(corpus.root(), dir.resolve("index"));
            build.run(corpus.root(), new OpenSearchTarget(new OpenSearchTarget.Settings(cluster.connection(), ALIAS,
                    OpenSearchCluster.NODES, 1, dir.resolve("work"))));
            SearchConfig config = new SearchConfig(SearchConfig.NO_BUDGET, 20);
            RelevanceHarness.Scores embedded;
            try (IndexSearchers searchers = new IndexSearchers(Path.of(embeddedBuild.destination()))) {
                embedded = RelevanceHarness.run(new SearchService(searchers, config), judgments).overall();
            }
            OpenSearchEngine engine = new OpenSearchEngine(client, ALIAS, config);
            RelevanceHarness.Report report = RelevanceHarness.run(query -> engine.search(new SearchRequest(query,
                    Set.of(), List.of(), List.of(), null, List.of(), SortOrder.RELEVANCE, 1, RelevanceHarness.DEPTH),
                    TimeBudget.unlimited()).hits(), judgments);
            RelevanceHarness.Scores opensearch = report.overall();
            String text = "embedded: " + embedded + "\nopensearch: " + opensearch + "\n" + report.format();
            System.out.println(text);
            assertTrue(opensearch.successAt1() >= embedded.successAt1() - MAX_GAP, text);
            assertTrue(opensearch.mrrAt10() >= embedded.mrrAt10() - MAX_GAP, text);
        } finally {
            client.indices().delete(d -> d.index(ALIAS + "-*").ignoreUnavailable(true).allowNoIndices(true));
            client._transport().close();
        }
    }
}
