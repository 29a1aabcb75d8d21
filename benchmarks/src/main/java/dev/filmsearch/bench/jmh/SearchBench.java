package dev.filmsearch.bench.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.schema.Analyzers;
import dev.filmsearch.schema.FacetSchema;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.server.http.ApiJson;
import dev.filmsearch.server.search.IndexSearchers;
import dev.filmsearch.server.search.SearchConfig;
import dev.filmsearch.server.search.SearchRequest;
import dev.filmsearch.server.search.SearchResponse;
import dev.filmsearch.server.search.SearchService;
import dev.filmsearch.server.search.SortOrder;
import dev.filmsearch.server.search.TimeBudget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What filmsearch's layers cost, in process, on an existing index ({@code -p index=INDEX_ROOT}):
 * <ul>
 *   <li>{@code bareIndexSearcher}: a plain Lucene search a hand-written app would do — the words as SHOULD term
 *       queries over the English title, names and English text fields, top 10, genre and director facet counts</li>
 *   <li>{@code searchService}: filmsearch's search service for the same words — query parsing, typo tolerance,
 *       ranking with popularity, facets over all matches (five dimensions), highlights, spelling</li>
 *   <li>{@code searchServiceToJson}: the same plus writing the response as the HTTP API's JSON</li>
 * </ul>
 * The HTTP figure for the same searches is in the wrk table; the difference to {@code searchServiceToJson} is
 * Javalin and the network stack.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBench {
    @Param("")
    public String index;

    @Param({"godfather", "star wars", "pedro almodovar", "space travel alien"})
    public String query;

    private IndexSearchers searchers;
    private SearchService service;
    private SearchRequest request;
    private ObjectMapper json;
    private DirectoryReader reader;
    private IndexSearcher bare;
    private SortedSetDocValuesReaderState facetState;
    private Query bareQuery;

    @Setup(Level.Trial)
    public void open() throws IOException {
        if (index.isBlank()) {
            throw new IllegalArgumentException("run with -p index=INDEX_ROOT (a folder built by filmsearch index)");
        }
        Path generation = new IndexLayout(Path.of(index)).current()
                .orElseThrow(() -> new IllegalArgumentException("no index in " + index));
        searchers = new IndexSearchers(generation);
        service = new SearchService(searchers, SearchConfig.defaults());
        request = new SearchRequest(query, Set.of(), List.of(), List.of(), null, List.of(), SortOrder.RELEVANCE, 1, 10);
        // one search without a time budget first: a cold first search (page cache, facet state, JIT) may take longer
        // than the budget on a busy machine, and a BudgetExceededException would end the benchmark
        service.search(request, TimeBudget.unlimited());
        json = ApiJson.mapper();
        reader = DirectoryReader.open(FSDirectory.open(generation));
        bare = new IndexSearcher(reader);
        facetState = new DefaultSortedSetDocValuesReaderState(reader, FacetSchema.config());
        bareQuery = bareQuery(query);
    }

    static Query bareQuery(String words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        add(b, Analyzers.english(), Fields.TITLE_EN, words, 3f);
        add(b, Analyzers.folded(), Fields.NAMES, words, 2f);
        add(b, Analyzers.english(), Fields.TEXT_EN, words, 1f);
        return b.build();
    }

    private static void add(BooleanQuery.Builder b, Analyzer analyzer, String field, String words, float boost) {
        Query q = new QueryBuilder(analyzer).createBooleanQuery(field, words, BooleanClause.Occur.SHOULD);
        if (q != null) {
            b.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        reader.close();
        searchers.close();
    }

    @Benchmark
    public Object bareIndexSearcher() throws IOException {
        FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(bare, bareQuery, 10,
                new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, r.facetsCollector());
        FacetResult genres = counts.getTopChildren(10, FacetSchema.GENRE);
        FacetResult directors = counts.getTopChildren(10, FacetSchema.DIRECTOR);
        List<String> ids = new java.util.ArrayList<>(10);
        var stored = bare.storedFields();
        for (var sd : r.topDocs().scoreDocs) {
            ids.add(stored.document(sd.doc, Set.of(Fields.ID, Fields.TYPE)).get(Fields.ID));
        }
        return new Object[] {ids, genres, directors, r.topDocs().totalHits};
    }

    @Benchmark
    public SearchResponse searchService() {
        return service.search(request);
    }

    @Benchmark
    public byte[] searchServiceToJson() throws IOException {
        return json.writeValueAsBytes(service.search(request));
    }
}
