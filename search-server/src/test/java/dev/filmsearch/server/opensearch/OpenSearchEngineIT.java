package dev.filmsearch.server.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmsearch.build.BuildListener;
import dev.filmsearch.build.CorpusException;
import dev.filmsearch.build.IndexBuild;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.opensearch.OpenSearchTarget;
import dev.filmsearch.server.engine.EmbeddedEngine;
import dev.filmsearch.server.engine.SearchEngine;
import dev.filmsearch.server.reindex.Reindexer;
import dev.filmsearch.server.http.ApiJson;
import dev.filmsearch.server.search.FacetValue;
import dev.filmsearch.server.search.Hit;
import dev.filmsearch.server.search.IndexSearchers;
import dev.filmsearch.server.search.SearchConfig;
import dev.filmsearch.server.search.SearchRequest;
import dev.filmsearch.server.search.SearchResponse;
import dev.filmsearch.server.search.SearchService;
import dev.filmsearch.server.search.SortOrder;
import dev.filmsearch.server.search.TimeBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * The same API from both engines over the bundled corpus: the embedded index and an OpenSearch index of a real
 * three-node cluster, built from the same corpus. The side-by-side benchmark's 31 searches
 * (bench/peers/queries.tsv) must find mostly the same top 10 (mean overlap ≥ 0.8) with the same best hit, the
 * facet counts of single-word searches must be equal, and record pages the same JSON.
 */
@ExtendWith(OpenSearchCluster.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchEngineIT {
    private static final String ALIAS = "it-engine";
    private static final Path PROJECT = Path.of(System.getProperty("filmsearch.project.dir", ".."));
    private static final ObjectMapper JSON = ApiJson.mapper();

    private OpenSearchClient client;
    private IndexSearchers searchers;
    private SearchEngine embedded;
    private SearchEngine opensearch;

    @BeforeAll
    void buildBoth(OpenSearchCluster.Running cluster, @TempDir Path dir) throws CorpusException, IOException {
        client = cluster.connection().client();
        client.indices().delete(d -> d.index(ALIAS + "-*").ignoreUnavailable(true).allowNoIndices(true));
        Path corpus = PROJECT.resolve("corpus");
        IndexBuild build = new IndexBuild(Formats.standard(), BuildListener.NONE, Clock.systemUTC());
        build.run(corpus, new OpenSearchTarget(new OpenSearchTarget.Settings(cluster.connection(), ALIAS,
                OpenSearchCluster.NODES, 1, dir.resolve("work"))));
        build.run(corpus, dir.resolve("index"));
        searchers = new IndexSearchers(new IndexLayout(dir.resolve("index")).current().orElseThrow());
        embedded = new EmbeddedEngine(searchers, new SearchService(searchers, SearchConfig.defaults()));
        opensearch = new OpenSearchEngine(client, ALIAS, SearchConfig.defaults());
    }

    @AfterAll
    void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        if (client != null) {
            client.indices().delete(d -> d.index(ALIAS + "-*").ignoreUnavailable(true).allowNoIndices(true));
            client._transport().close();
        }
    }

    /** One search of bench/peers/queries.tsv: its label, and the request. */
    private record Search(String label, SearchRequest request) {
    }

    private static List<Search> searches() throws IOException {
        List<Search> out = new ArrayList<>();
        for (String line : Files.readAllLines(PROJECT.resolve("bench/peers/queries.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String q = f[1].equals("phrase") ? "\"" + f[2] + "\"" : f[2];
            List<String> directors = f.length > 3 && !f[3].isBlank() ? List.of(f[3]) : List.of();
            out.add(new Search(f[0] + ": " + line.split("\t")[2], new SearchRequest(q, Set.of(), directors, List.of(),
                    null, List.of(), SortOrder.RELEVANCE, 1, 10)));
        }
        return out;
    }

    private static List<String> ids(SearchResponse r) {
        return r.hits().stream().map(h -> h.type() + "/" + h.id()).toList();
    }

    @Test
    void the_benchmark_searches_find_mostly_the_same_top_ten_with_the_same_best_hit() throws IOException {
        List<Search> searches = searches();
        double overlapSum = 0;
        int sameFirst = 0;
        StringBuilder report = new StringBuilder();
        for (Search s : searches) {
            List<String> a = ids(embedded.search(s.request(), TimeBudget.unlimited()));
            List<String> b = ids(opensearch.search(s.request(), TimeBudget.unlimited()));
            int common = (int) a.stream().filter(b::contains).count();
            double overlap = Math.max(a.size(), b.size()) == 0 ? 1.0 : (double) common / Math.max(a.size(), b.size());
            overlapSum += overlap;
            boolean first = a.isEmpty() ? b.isEmpty() : !b.isEmpty() && a.getFirst().equals(b.getFirst());
            sameFirst += first ? 1 : 0;
            report.append(String.format(java.util.Locale.ROOT, "%-45s overlap %.1f first %s%s%n", s.label(), overlap,
                    first ? "same" : "differs", first ? "" : " (" + (a.isEmpty() ? "-" : a.getFirst()) + " vs "
                            + (b.isEmpty() ? "-" : b.getFirst()) + ")"));
        }
        double mean = overlapSum / searches.size();
        System.out.printf("engines compared on %d searches: mean top-10 overlap %.3f, same best hit %d%n%s",
                searches.size(), mean, sameFirst, report);
        assertEquals(31, searches.size());
        assertTrue(mean >= 0.8, "mean top-10 overlap " + mean + "\n" + report);
        assertTrue(sameFirst >= 28, "same best hit in " + sameFirst + " of 31\n" + report);
    }

    @Test
    void single_word_searches_count_the_same_facets() throws IOException {
        for (Search s : searches()) {
            if (!s.label().startsWith("single word")) {
                continue;
            }
            Map<String, Map<String, Long>> a = counts(embedded.search(s.request(), TimeBudget.unlimited()));
            Map<String, Map<String, Long>> b = counts(opensearch.search(s.request(), TimeBudget.unlimited()));
            assertEquals(a, b, s.label());
        }
    }

    private static Map<String, Map<String, Long>> counts(SearchResponse r) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        r.facets().forEach((facet, values) -> {
            Map<String, Long> m = new TreeMap<>();
            for (FacetValue v : values) {
                m.put(v.value(), v.count());
            }
            out.put(facet, m);
        });
        return out;
    }

    @Test
    void a_hit_has_the_same_json_from_both_engines_but_its_score() throws IOException {
        SearchRequest godfather = new SearchRequest("godfather", Set.of(), List.of(), List.of(), null, List.of(),
                SortOrder.RELEVANCE, 1, 1);
        Hit a = embedded.search(godfather, TimeBudget.unlimited()).hits().getFirst();
        Hit b = opensearch.search(godfather, TimeBudget.unlimited()).hits().getFirst();
        assertEquals(withoutScore(a), withoutScore(b));
    }

    private static JsonNode withoutScore(Hit hit) {
        ObjectNode node = JSON.valueToTree(hit);
        node.remove("score");
        return node;
    }

    @Test
    void record_pages_are_the_same_json_from_both_engines() throws IOException {
        assertEquals(page(embedded.film("the-godfather-1972", TimeBudget.unlimited()).orElseThrow(), true),
                page(opensearch.film("the-godfather-1972", TimeBudget.unlimited()).orElseThrow(), true));
        assertEquals(page(embedded.person("francis-ford-coppola", TimeBudget.unlimited()).orElseThrow(), false),
                page(opensearch.person("francis-ford-coppola", TimeBudget.unlimited()).orElseThrow(), false));
        assertEquals(List.of(), opensearch.film("no-such-film", TimeBudget.unlimited()).stream().toList());
    }

    /** A page as JSON; a film page without its "also liked" films, which only the embedded engine computes. */
    private static JsonNode page(Object page, boolean film) {
        ObjectNode node = JSON.valueToTree(page);
        if (film) {
            node.remove("alsoLiked");
        }
        return node;
    }

    @Test
    void suggestions_and_facet_values_are_the_same_from_both_engines() {
        assertEquals(embedded.suggest("godf", 8, TimeBudget.unlimited()),
                opensearch.suggest("godf", 8, TimeBudget.unlimited()));
        assertEquals(embedded.facetValues("director", "copp", 20, TimeBudget.unlimited()),
                opensearch.facetValues("director", "copp", 20, TimeBudget.unlimited()));
    }

    @Test
    void the_admin_reindex_builds_a_new_index_on_the_cluster_and_the_status_then_names_it(
            OpenSearchCluster.Running cluster, @TempDir Path work) throws Exception {
        OpenSearchEngine engine = (OpenSearchEngine) opensearch;
        String before = engine.status().name();
        try (Reindexer reindexer = new Reindexer(PROJECT.resolve("corpus"), Formats.standard(),
                engine.destination(new OpenSearchTarget(new OpenSearchTarget.Settings(cluster.connection(), ALIAS,
                        OpenSearchCluster.NODES, 1, work))), Clock.systemUTC(), () -> { })) {
            reindexer.start();
            long deadline = System.nanoTime() + 300_000_000_000L;
            while (reindexer.running()) {
                assertTrue(System.nanoTime() < deadline, "the reindex did not end in 5 minutes");
                Thread.sleep(100);
            }
            var last = reindexer.status().last();
            assertEquals("succeeded", last.outcome(), String.valueOf(last.reason()));
            String after = engine.status().name();
            assertTrue(!after.equals(before) && after.startsWith(ALIAS + "-"), before + " → " + after);
            assertEquals(after, last.summary().generation());
            assertEquals(3201, engine.status().metadata().counts().get(dev.filmsearch.model.RecordType.FILM));
        }
    }

    @Test
    void the_status_names_the_index_behind_the_alias_and_the_builds_counts() {
        var status = opensearch.status();
        assertTrue(status.name().startsWith(ALIAS + "-"), status.name());
        assertEquals(embedded.status().metadata().counts(), status.metadata().counts());
        assertTrue(status.sizeBytes() > 0);
    }
}
