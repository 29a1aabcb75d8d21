package dev.filmsearch.server.search;

import dev.filmsearch.schema.FacetSchema;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.RecordCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Ranked, faceted search over the current index: free text parsed by {@link UserQueryParser} and ranked by
 * {@link RankedQueryBuilder}, filters as drill-downs with multi-select facet counts ({@link DrillSideways}: each
 * facet's counts ignore that facet's own filter), highlights, "did you mean", as-you-type suggestions
 * ({@link Completions}) and search within a facet's values. Knows nothing of HTTP; takes a searcher from
 * {@link IndexSearchers} for each call and releases it. Thread-safe.
 */
public final class SearchService {
    /** The facet names of a search response and of {@link #facetValues}. */
    public static final List<String> FACETS = List.of(FacetSchema.TYPE, FacetSchema.DIRECTOR, FacetSchema.GENRE,
            FacetSchema.RATING, FacetSchema.DECADE);

    private final IndexSearchers searchers;
    private final SearchConfig config;
    private final UserQueryParser parser = new UserQueryParser();
    private final RankedQueryBuilder queries;
    private final Highlighter highlighter = new Highlighter();
    private final SpellingSuggester spelling = new SpellingSuggester();
    private final Completions completions = new Completions();
    private final RecordCodec codec = new RecordCodec();
    private final FacetsConfig facetsConfig = FacetSchema.config();
    private final ReaderState.Cache states = new ReaderState.Cache();

    public SearchService(IndexSearchers searchers, SearchConfig config) {
        this(searchers, config, RankingWeights.defaults());
    }

    /** With other ranking weights: for tuning. */
    public SearchService(IndexSearchers searchers, SearchConfig config, RankingWeights weights) {
        this.searchers = searchers;
        this.config = config;
        this.queries = new RankedQueryBuilder(weights);
    }

    /**
     * @throws BadQueryException when {@code q} cannot be read (the message says why)
     * @throws UncheckedIOException when the index cannot be read
     */
    public SearchResponse search(SearchRequest request) {
        long started = System.nanoTime();
        UserQuery userQuery = parser.parse(request.q());
        try (IndexSearchers.Lease lease = searchers.acquire()) {
            IndexReader reader = lease.searcher().getIndexReader();
            ReaderState state = states.get(reader);
            IndexSearcher searcher = new IndexSearcher(reader); // per request: it carries this request's deadline
            Filters filters = Filters.of(request, state);
            Deadline deadline = config.timeBudgetMillis() == SearchConfig.NO_BUDGET ? null
                    : Deadline.after(config.timeBudgetMillis());
            if (deadline != null && filters.isEmpty()) {
                searcher.setTimeout(deadline); // with filters, run() checks the deadline while collecting
            }
            RankedQueryBuilder.Ranked ranked = userQuery.isEmpty() && !request.q().isBlank()
                    ? new RankedQueryBuilder.Ranked(new MatchNoDocsQuery("nothing searchable in the query"), true)
                    : queries.build(userQuery, false, reader.numDocs());
            Outcome outcome = run(searcher, state, ranked, filters, request, deadline);
            if (outcome.total() == 0 && ranked.scored() && !outcome.partial()
                    && RankedQueryBuilder.canRelax(userQuery)) {
                ranked = queries.build(userQuery, true, reader.numDocs());
                outcome = run(searcher, state, ranked, filters, request, deadline);
            }
            List<Hit> hits = hits(lease.searcher(), outcome, ranked, userQuery, request);
            String suggestion = ranked.scored()
                    ? spelling.suggest(reader, userQuery, request.q(), outcome.total() < config.suggestBelow()) : null;
            Map<String, List<FacetValue>> facets = new FacetLists(state, config.facetSize())
                    .build(outcome.facets(), filters);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            return new SearchResponse(request.q(), outcome.total(), request.page(), request.size(), tookMs, hits,
                    facets, suggestion, outcome.partial());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("the query is too complex: use fewer words, prefixes or OR");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hits of one page, the total, the collectors the facets are counted from, and whether the time budget cut
     * the search short.
     */
    private record Outcome(TopFieldDocs top, long total, FacetSources facets, boolean partial) {
    }

    private Outcome run(IndexSearcher searcher, ReaderState state, RankedQueryBuilder.Ranked ranked, Filters filters,
                        SearchRequest request, Deadline deadline) throws IOException {
        DrillDownQuery ddq = new DrillDownQuery(facetsConfig, ranked.query());
        filters.addTo(ddq);
        DrillSideways sideways = new DrillSideways(searcher, facetsConfig, state.facetState()) {
            @Override
            protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                                               String[] drillSidewaysDims) {
                return null; // counted by FacetLists, which also needs the rating ranges
            }
        };
        int window = (int) Math.max(1, Math.min((long) request.page() * request.size(), SearchRequest.MAX_RESULT_WINDOW));
        TopFieldCollectorManager hitsManager = new TopFieldCollectorManager(sort(request.sort()),
                window, null, Integer.MAX_VALUE);
        if (deadline == null || filters.isEmpty()) {
            DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result = sideways.search(ddq, hitsManager);
            return outcome(result, searcher.timedOut());
        }
        var timed = new DeadlineCollectorManager<>(hitsManager, deadline);
        DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result = sideways.search(ddq, timed);
        return outcome(result, timed.timedOut());
    }

    private static Outcome outcome(DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result, boolean partial) {
        TopFieldDocs top = result.collectorResult;
        return new Outcome(top, top.totalHits.value(), new FacetSources(result.drillDownFacetsCollector,
                result.drillSidewaysDims, result.drillSidewaysFacetsCollector), partial);
    }

    private List<Hit> hits(IndexSearcher searcher, Outcome outcome, RankedQueryBuilder.Ranked ranked,
                           UserQuery userQuery, SearchRequest request) throws IOException {
        ScoreDoc[] all = outcome.top().scoreDocs;
        long start = Math.max(0, ((long) request.page() - 1) * request.size());
        if (start >= all.length) {
            return List.of();
        }
        int from = (int) start;
        ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, (int) Math.min(all.length, (long) from + request.size()));
        if (request.sort() != SortOrder.RELEVANCE) {
            TopFieldCollector.populateScores(page, searcher, ranked.query());
        }
        HitRenderer renderer = new HitRenderer(searcher, codec, highlighter, highlighter.terms(userQuery));
        List<Hit> hits = new ArrayList<>(page.length);
        for (ScoreDoc sd : page) {
            hits.add(renderer.render(sd.doc, score(sd, request.sort())));
        }
        return hits;
    }

    private static float score(ScoreDoc sd, SortOrder sort) {
        if (sort == SortOrder.RELEVANCE && sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f) {
            return f;
        }
        return Float.isNaN(sd.score) ? 0f : sd.score;
    }

    /**
     * RELEVANCE: score (for a browse: popularity, films and people first), then votes, rating; the others descending
     * but TITLE (A→Z), ties by votes. Last, index order, so equal records always come in the same order.
     */
    static Sort sort(SortOrder order) {
        SortField votes = new SortField(Fields.VOTES, SortField.Type.LONG, true);
        votes.setMissingValue(Long.MIN_VALUE);
        SortField rating = new SortField(Fields.RATING, SortField.Type.DOUBLE, true);
        rating.setMissingValue(Double.NEGATIVE_INFINITY);
        SortField year = new SortField(Fields.YEAR, SortField.Type.INT, true);
        year.setMissingValue(Integer.MIN_VALUE);
        SortField title = new SortField(Fields.TITLE_SORT, SortField.Type.STRING, false);
        title.setMissingValue(SortField.STRING_LAST);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, votes, rating, SortField.FIELD_DOC);
            case RATING -> new Sort(rating, votes, SortField.FIELD_DOC);
            case VOTES -> new Sort(votes, rating, SortField.FIELD_DOC);
            case YEAR -> new Sort(year, votes, SortField.FIELD_DOC);
            case TITLE -> new Sort(title, votes, SortField.FIELD_DOC);
        };
    }

    /** Up to {@code limit} films and people whose title or name has words starting with the prefix, most voted first. */
    public List<Suggestion> suggest(String prefix, int limit) {
        try (IndexSearchers.Lease lease = searchers.acquire()) {
            return completions.complete(lease.searcher(), prefix, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Values of a facet that have a word starting with {@code prefix} (case and accents ignored; an empty prefix
     * matches all), with their counts over the whole index, most frequent first.
     *
     * @throws BadQueryException for a facet name not in {@link #FACETS}
     */
    public List<FacetValue> facetValues(String facet, String prefix, int limit) {
        if (!FACETS.contains(facet)) {
            throw new BadQueryException("unknown facet '" + facet + "'; facets are " + String.join(", ", FACETS));
        }
        try (IndexSearchers.Lease lease = searchers.acquire()) {
            ReaderState state = states.get(lease.searcher().getIndexReader());
            return FacetLists.search(facet, state.entries(facet), prefix, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A query timeout at a fixed point in time: the end of the request's time budget. */
    private record Deadline(long atNanos) implements org.apache.lucene.index.QueryTimeout {
        static Deadline after(long budgetMillis) {
            long millis = Math.max(0, Math.min(budgetMillis, Long.MAX_VALUE / 4_000_000));
            return new Deadline(System.nanoTime() + millis * 1_000_000);
        }

        @Override
        public boolean shouldExit() {
            return System.nanoTime() - atNanos >= 0;
        }
    }

    /** The collectors each facet is counted from: its own drill-sideways collector when it is filtered. */
    record FacetSources(FacetsCollector drillDown, String[] sidewaysDims, FacetsCollector[] sideways) {
        FacetsCollector forDimension(String dim) {
            if (sidewaysDims != null) {
                for (int i = 0; i < sidewaysDims.length; i++) {
                    if (sidewaysDims[i].equals(dim)) {
                        return sideways[i];
                    }
                }
            }
            return drillDown;
        }
    }
}
