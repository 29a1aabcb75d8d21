package dev.filmsearch.server.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.filmsearch.build.BuildListener;
import dev.filmsearch.build.BuildSummary;
import dev.filmsearch.build.CorpusException;
import dev.filmsearch.build.IndexBuild;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.opensearch.OpenSearchFields;
import dev.filmsearch.opensearch.OpenSearchTarget;
import dev.filmsearch.schema.Analysis;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch.core.SearchResponse;

/**
 * The bundled corpus indexed into a real three-node OpenSearch cluster (one primary shard per node, one replica)
 * with {@code index --target opensearch}'s target, checked against the embedded build of the same corpus; then a
 * rebuild under searching threads and a node killed mid-load.
 */
@ExtendWith(OpenSearchCluster.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchTargetIT {
    private static final String ALIAS = "it-films";
    private static final Path CORPUS = Path.of(System.getProperty("filmsearch.project.dir", ".."), "corpus");

    private OpenSearchCluster.Running cluster;
    private OpenSearchClient client;
    private BuildSummary first;
    private BuildSummary embedded;
    @TempDir
    Path tmp;

    @BeforeAll
    void buildBoth(OpenSearchCluster.Running cluster, @TempDir Path dir) throws CorpusException, IOException {
        this.cluster = cluster;
        client = cluster.connection().client();
        deleteAll();
        first = build(dir.resolve("work"));
        embedded = new IndexBuild(Formats.standard(), BuildListener.NONE, Clock.systemUTC())
                .run(CORPUS, dir.resolve("index"));
    }

    @AfterAll
    void close() throws IOException {
        if (client != null) {
            deleteAll();
            client._transport().close();
        }
    }

    private void deleteAll() throws IOException {
        client.indices().delete(d -> d.index(ALIAS + "-*").ignoreUnavailable(true).allowNoIndices(true));
    }

    private BuildSummary build(Path work) throws CorpusException {
        return new IndexBuild(Formats.standard(), BuildListener.NONE, Clock.systemUTC())
                .run(CORPUS, new OpenSearchTarget(new OpenSearchTarget.Settings(cluster.connection(), ALIAS,
                        OpenSearchCluster.NODES, 1, work)));
    }

    private Map<String, Long> countsByType() throws IOException {
        SearchResponse<Void> r = client.search(s -> s.index(ALIAS).size(0)
                .aggregations("types", a -> a.terms(t -> t.field(OpenSearchFields.facet("type")))), Void.class);
        Map<String, Long> out = new TreeMap<>();
        r.aggregations().get("types").sterms().buckets().array().forEach(b -> out.put(b.key(), b.docCount()));
        return out;
    }

    @Test
    @Order(1)
    void the_bundled_corpus_lands_under_the_alias_with_the_embedded_builds_counts_per_type() throws IOException {
        assertEquals(Map.of("film", 3201L, "person", 591L, "quote", 1L, "review", 1L), countsByType());
        Map<String, Long> embeddedCounts = new TreeMap<>();
        for (RecordType type : RecordType.values()) {
            embeddedCounts.put(type.label(), (long) embedded.indexed(type));
        }
        assertEquals(embeddedCounts, countsByType());
        assertTrue(first.destination().startsWith("opensearch index it-films → it-films-"), first.destination());
        assertEquals(Set.of(first.written().name()),
                client.indices().getAlias(g -> g.name(ALIAS)).result().keySet());
    }

    @Test
    @Order(2)
    void the_physical_index_has_a_primary_shard_per_node_a_replica_and_the_builds_record() throws IOException {
        String index = client.indices().getAlias(g -> g.name(ALIAS)).result().keySet().iterator().next();
        var settings = client.indices().getSettings(g -> g.index(index)).result().get(index).settings().index();
        assertEquals(3, settings.numberOfShards());
        assertEquals(1, settings.numberOfReplicas());
        var meta = client.indices().getMapping(m -> m.index(index)).result().get(index).mappings().meta();
        assertEquals("3201", meta.get("count.film").to(String.class));
        assertEquals(dev.filmsearch.index.IndexMetadata.SCHEMA_VERSION, meta.get("schemaVersion").to(String.class));
    }

    @Test
    @Order(3)
    void each_analysis_chain_gives_the_tokens_the_embedded_index_gives() throws IOException {
        List<String> texts = List.of("The Godfather's Return", "Las películas de Almodóvar y los niños",
                "Crouching Tiger, Hidden Dragon (2000)", "Amélie — le fabuleux destin", "documentaries and comedies",
                "ÑANDÚ corriendo rápidamente", "Schindler's List", "x-men: días del futuro pasado");
        for (Analysis chain : Analysis.values()) {
            try (Analyzer lucene = chain.create()) {
                for (String text : texts) {
                    List<String> theirs = client.indices().analyze(a -> a.index(ALIAS).analyzer(chain.label())
                            .text(text)).tokens().stream().map(t -> t.token()).toList();
                    assertEquals(tokens(lucene, text), theirs, chain.label() + ": " + text);
                }
            }
        }
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    @Order(4)
    void a_title_search_finds_the_godfather_first_through_the_folded_title() throws IOException {
        SearchResponse<Map> r = client.search(s -> s.index(ALIAS).size(1)
                .query(q -> q.bool(b -> b.must(m -> m.match(t -> t.field("title").query(FieldValue.of("GODFATHER"))))
                        .filter(f -> f.term(t -> t.field(OpenSearchFields.facet("type")).value(FieldValue.of("film"))))
                        .should(sh -> sh.rankFeature(rf -> rf.field(OpenSearchFields.feature("popularity")))))),
                Map.class);
        assertEquals("film/the-godfather-1972", r.hits().hits().get(0).id());
    }

    @Test
    @Order(5)
    void a_rebuild_moves_the_alias_while_four_threads_search_and_no_search_fails(@TempDir Path work)
            throws Exception {
        String before = client.indices().getAlias(g -> g.name(ALIAS)).result().keySet().iterator().next();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong searches = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong empty = new AtomicLong();
        List<Thread> threads = searchers(4, stop, searches, failures, empty);
        BuildSummary second;
        try {
            second = build(work);
        } finally {
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
        }
        String after = client.indices().getAlias(g -> g.name(ALIAS)).result().keySet().iterator().next();
        assertNotEquals(before, after);
        assertTrue(second.destination().contains(after), second.destination());
        assertEquals(Set.of(after), client.indices().getAlias(g -> g.name(ALIAS)).result().keySet());
        assertTrue(!client.indices().exists(e -> e.index(before)).value(), before + " should have been deleted");
        assertTrue(searches.get() > 20, "searches: " + searches.get());
        assertEquals(0, failures.get(), "failed searches of " + searches.get());
        assertEquals(0, empty.get(), "searches that found nothing, of " + searches.get());
    }

    /** Threads searching the alias for "godfather" until {@code stop}; counting searches, failures, empty answers. */
    private List<Thread> searchers(int n, AtomicBoolean stop, AtomicLong searches, AtomicLong failures,
                                   AtomicLong empty) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        SearchResponse<Void> r = client.search(s -> s.index(ALIAS).size(3).source(src -> src.fetch(false))
                                .query(q -> q.match(m -> m.field("title").query(FieldValue.of("godfather")))),
                                Void.class);
                        if (r.hits().hits().isEmpty()) {
                            empty.incrementAndGet();
                        }
                    } catch (IOException | RuntimeException e) {
                        failures.incrementAndGet();
                    }
                    searches.incrementAndGet();
                }
            }, "searcher-" + i);
            t.start();
            threads.add(t);
        }
        return threads;
    }

    @Test
    @Order(6)
    void searches_are_still_answered_once_the_cluster_notices_a_killed_node() throws Exception {
        assumeTrue(cluster.owned(), "a cluster given by " + OpenSearchCluster.URLS_VARIABLE + " is never harmed");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong searches = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong empty = new AtomicLong();
        List<Thread> threads = searchers(4, stop, searches, failures, empty);
        long failuresAtNotice;
        long searchesAtNotice;
        try {
            Thread.sleep(1000);
            cluster.kill(OpenSearchCluster.NODES - 1);
            long deadline = System.nanoTime() + 90_000_000_000L;
            while (client.cluster().health(h -> h).numberOfNodes() != OpenSearchCluster.NODES - 1) {
                assertTrue(System.nanoTime() < deadline, "the cluster did not notice the killed node in 90 s");
                Thread.sleep(200);
            }
            failuresAtNotice = failures.get();
            searchesAtNotice = searches.get();
            Thread.sleep(5000);
        } finally {
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
        }
        System.out.printf("killed node: %d of %d searches failed before the cluster noticed, %d of %d after%n",
                failuresAtNotice, searchesAtNotice, failures.get() - failuresAtNotice,
                searches.get() - searchesAtNotice);
        assertTrue(searches.get() - searchesAtNotice > 20, "searches after: " + (searches.get() - searchesAtNotice));
        assertEquals(0, failures.get() - failuresAtNotice, "failed searches after the cluster noticed");
        assertEquals(0, empty.get(), "searches that found nothing");
    }
}
