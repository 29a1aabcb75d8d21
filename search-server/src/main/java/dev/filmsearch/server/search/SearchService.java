package dev.filmsearch.server.search;

import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Text;
import dev.filmsearch.schema.FacetSchema;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.RecordCodec;
import dev.filmsearch.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Ranked, faceted search over the current index: free text parsed by {@link UserQueryParser} and ranked by
 * {@link RankedQueryBuilder}, filters as drill-downs with multi-select facet counts ({@link DrillSideways}: each
 * facet's counts ignore that facet's own filter; without filters one plain facet pass over the hits, and none for
 * a browse of everything, whose counts are the whole index's, kept per reader), highlights, "did you mean",
 * as-you-type suggestions ({@link Completions}) and search within a facet's values. Knows nothing of HTTP; takes a
 * searcher from {@link IndexSearchers} for each call and releases it. Thread-safe.
 */
public final class SearchService {
    /** The facet names of a search response and of {@link #facetValues}. */
    public static final List<String> FACETS = List.of(FacetSchema.TYPE, FacetSchema.TITLE_TYPE, FacetSchema.DIRECTOR,
            FacetSchema.GENRE, FacetSchema.LANGUAGE, FacetSchema.RATING, FacetSchema.DECADE);
    /** The facets filtered by value whose answers list only their top values ({@code facetSize}), in answer order. */
    public static final List<String> TOP_VALUE_FACETS = List.of(FacetSchema.DIRECTOR, FacetSchema.GENRE,
            FacetSchema.LANGUAGE);

    /**
     * The typo automata of this many recent words and edit distances are kept ({@link SharedFuzzyQuery.Cache}; at
     * most about 100 KB each): the search's typo matching and the did-you-mean's look-alikes take them.
     */
    static final int TYPO_CACHE_ENTRIES = 256;

    private final IndexSearchers searchers;
    private final SearchConfig config;
    private final UserQueryParser parser = new UserQueryParser();
    private final RankedQueryBuilder queries;
    private final Highlighter highlighter = new Highlighter();
    private final Completions completions = new Completions();
    private final RecordCodec codec = new RecordCodec();
    private final FacetsConfig facetsConfig = FacetSchema.config();
    private final ReaderState.Cache states = new ReaderState.Cache();
    private final SharedFuzzyQuery.Cache typoAutomata = new SharedFuzzyQuery.Cache(TYPO_CACHE_ENTRIES);
    private final SpellingSuggester spelling = new SpellingSuggester(typoAutomata);

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
     * Builds what the service keeps for the current index reader (facet state, facet values, the query
     * interpreter's tables), which the first search would build otherwise.
     */
    public void prepare() {
        try (IndexSearchers.Lease lease = searchers.acquire()) {
            states.get(lease.searcher().getIndexReader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@link TimeBudget} from now, of this service's configured length: start one when a request starts. */
    public TimeBudget startBudget() {
        return config.startBudget();
    }

    /** With a budget started now. */
    public SearchResponse search(SearchRequest request) {
        return search(request, startBudget());
    }

    /**
     * Searches within {@code budget}, which covers every phase: parsing, query building, collecting (hits and
     * facet counts), trying the words' typo forms when the words as typed found too little
     * ({@link MatchPolicy#wantsTypos}), relaxing a query that found nothing, facets, highlights and did-you-mean.
     * Past the budget the answer is {@code partial}: collecting stops with the hits found so far, and the facets,
     * highlights and did-you-mean still to be done are left out.
     *
     * @throws BadQueryException when {@code q} cannot be read (the message says why)
     * @throws BudgetExceededException when the budget runs out before any hit is found
     * @throws UncheckedIOException when the index cannot be read
     */
    public SearchResponse search(SearchRequest request, TimeBudget budget) {
        long started = System.nanoTime();
        UserQuery userQuery = parser.parse(request.q());
        checkSearch(budget);
        try (IndexSearchers.Lease lease = searchers.acquire()) {
            IndexReader reader = lease.searcher().getIndexReader();
            ReaderState state = states.get(reader);
            IndexSearcher searcher = new IndexSearcher(reader); // per request: it carries this request's deadline
            Filters filters = Filters.of(request, state);
            if (!budget.isUnlimited() && filters.isEmpty()) {
                searcher.setTimeout(budget); // with filters, run() checks the deadline while collecting
            }
            SharedFuzzyQuery.Words words = new SharedFuzzyQuery.Words(typoAutomata); // typo automata, built once a word
            boolean typos = false; // the words as typed first; their typo forms only if that finds too little
            List<Query> lines = quoteLines(searcher, userQuery, reader.numDocs(), words, typos);
            RankedQueryBuilder.Ranked ranked = userQuery.isEmpty() && !request.q().isBlank()
                    ? new RankedQueryBuilder.Ranked(new MatchNoDocsQuery("nothing searchable in the query"), true)
                    : queries.build(userQuery, false, reader.numDocs(), lines, words, typos).rewritten(searcher);
            checkSearch(budget);
            boolean capped = FilmCap.applies(request, userQuery);
            boolean everything = filters.isEmpty() && userQuery.clauses().isEmpty() && request.q().isBlank();
            Outcome outcome = run(searcher, state, ranked, filters, request, budget, capped, everything);
            if (ranked.scored() && !outcome.partial() && !budget.exceeded()
                    && MatchPolicy.wantsTypos(userQuery, outcome.total())) {
                typos = true;
                lines = quoteLines(searcher, userQuery, reader.numDocs(), words, typos);
                ranked = queries.build(userQuery, false, reader.numDocs(), lines, words, typos).rewritten(searcher);
                outcome = run(searcher, state, ranked, filters, request, budget, capped, false);
            }
            if (outcome.total() == 0 && ranked.scored() && !outcome.partial()
                    && MatchPolicy.canRelax(userQuery) && !budget.exceeded()) {
                ranked = queries.build(userQuery, true, reader.numDocs(), lines, words, typos).rewritten(searcher);
                outcome = run(searcher, state, ranked, filters, request, budget, capped, false);
            }
            if (outcome.total() == 0 && (outcome.partial() || budget.exceeded())) {
                throw new BudgetExceededException(NOTHING_IN_TIME);
            }
            Page page = hits(lease.searcher(), outcome, ranked, userQuery, request, budget, words, typos);
            boolean partial = outcome.partial() || !page.highlighted();
            Map<String, List<FacetValue>> facets = FacetLists.empty();
            if (budget.exceeded()) {
                partial = true;
            } else if (everything) {
                facets = state.wholeIndexFacets(() -> new FacetLists(state, config.facetSize()).build(
                        new FacetSources(lease.searcher().search(new MatchAllDocsQuery(), new FacetsCollectorManager()),
                                null, null), filters));
            } else {
                facets = new FacetLists(state, config.facetSize()).build(outcome.facets(), filters);
            }
            String suggestion = null;
            if (ranked.scored() && budget.exceeded()) {
                partial = true;
            } else if (ranked.scored()) {
                suggestion = spelling.suggest(lease.searcher(), userQuery, request.q(),
                        Arrays.stream(outcome.top().scoreDocs).mapToInt(d -> d.doc).toArray());
            }
            List<Interpretation> interpretations = interpretations(lease.searcher(), state, request, filters);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            return new SearchResponse(request.q(), outcome.total(), request.page(), request.size(), tookMs,
                    page.hits(), facets, suggestion, partial, interpretations);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("the query is too complex: use fewer words, prefixes or OR");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query's words read as filters: map look-ups, and a term look-up to test whether the query is a title. */
    private static List<Interpretation> interpretations(IndexSearcher searcher, ReaderState state,
                                                        SearchRequest request, Filters filters) {
        return state.interpreter().interpret(request.q(), filters, key -> isFilmTitle(searcher, key));
    }

    private static boolean isFilmTitle(IndexSearcher searcher, String titleKey) {
        try {
            if (titleKey.isEmpty() || searcher.getIndexReader().docFreq(new Term(Fields.TITLE_KEY, titleKey)) == 0) {
                return false;
            }
            return searcher.count(new BooleanQuery.Builder()
                    .add(Schema.TITLE_KEY.termQuery(titleKey), BooleanClause.Occur.FILTER)
                    .add(Schema.TYPE.termQuery(RecordType.FILM.label()), BooleanClause.Occur.FILTER).build()) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detail of a search that ran out of its budget before it found anything. */
    static final String NOTHING_IN_TIME =
            "the search ran out of its time budget before finding anything; try again, or narrow the search";

    private static void checkSearch(TimeBudget budget) {
        if (budget.exceeded()) {
            throw new BudgetExceededException(NOTHING_IN_TIME);
        }
    }

    /**
     * Hits of one page, the total, the collectors the facets are counted from, and whether the time budget cut
     * the search short.
     */
    private record Outcome(TopFieldDocs top, long total, Map<Integer, Integer> folded, FacetSources facets,
                           boolean partial) {
    }

    /**
     * A remembered line ({@link RankedQueryBuilder#quoteLine}) as alternative matches: its quotes, and the films
     * of the quotes it matches best ({@link FilmEvidence#quotedFilms}); none when the query is no line.
     */
    private List<Query> quoteLines(IndexSearcher searcher, UserQuery userQuery, int numDocs,
                                   SharedFuzzyQuery.Words words, boolean typos) throws IOException {
        Query line = queries.quoteLine(userQuery, numDocs, words, typos);
        return line == null ? List.of() : List.of(line, FilmEvidence.quotedFilms(searcher, line));
    }

    /** The rendered hits of a page, and whether each has its highlights. */
    private record Page(List<Hit> hits, boolean highlighted) {
    }

    /**
     * Collects the hits and what the facets are counted from. Without filters there is nothing to drill sideways:
     * one facet pass over the hits, or none when {@code everything} (the hits are the whole index, whose facets
     * {@link ReaderState#wholeIndexFacets} keeps).
     */
    private Outcome run(IndexSearcher searcher, ReaderState state, RankedQueryBuilder.Ranked ranked, Filters filters,
                        SearchRequest request, TimeBudget budget, boolean capped, boolean everything)
            throws IOException {
        int window = (int) Math.max(1, Math.min((long) request.page() * request.size(), SearchRequest.MAX_RESULT_WINDOW));
        FilmCap hitsManager = new FilmCap(searcher.getIndexReader(), sort(request.sort()), window, capped);
        if (everything) {
            return outcome(searcher.search(ranked.query(), hitsManager), null, searcher.timedOut());
        }
        if (filters.isEmpty()) {
            Object[] both = searcher.search(ranked.query(),
                    new MultiCollectorManager(new FacetsCollectorManager(), hitsManager));
            return outcome((FilmCap.Result) both[1], (FacetsCollector) both[0], searcher.timedOut());
        }
        DrillDownQuery ddq = new DrillDownQuery(facetsConfig, ranked.query());
        filters.addTo(ddq);
        DrillSideways sideways = new DrillSideways(searcher, facetsConfig, state.facetState()) {
            @Override
            protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                                               String[] drillSidewaysDims) {
                return null; // counted by FacetLists, which also needs the rating ranges
            }
        };
        if (budget.isUnlimited()) {
            DrillSideways.ConcurrentDrillSidewaysResult<FilmCap.Result> result = sideways.search(ddq, hitsManager);
            return outcome(result, searcher.timedOut());
        }
        var timed = new DeadlineCollectorManager<>(hitsManager, budget);
        DrillSideways.ConcurrentDrillSidewaysResult<FilmCap.Result> result = sideways.search(ddq, timed);
        return outcome(result, timed.timedOut());
    }

    private static Outcome outcome(FilmCap.Result hits, FacetsCollector facets, boolean partial) {
        return new Outcome(hits.top(), hits.total(), hits.folded(), new FacetSources(facets, null, null), partial);
    }

    private static Outcome outcome(DrillSideways.ConcurrentDrillSidewaysResult<FilmCap.Result> result,
                                   boolean partial) {
        FilmCap.Result hits = result.collectorResult;
        return new Outcome(hits.top(), hits.total(), hits.folded(), new FacetSources(result.drillDownFacetsCollector,
                result.drillSidewaysDims, result.drillSidewaysFacetsCollector), partial);
    }

    /**
     * The hits of the requested page, rendered with their highlights; once the budget is spent, the remaining
     * hits are rendered without highlights.
     */
    private Page hits(IndexSearcher searcher, Outcome outcome, RankedQueryBuilder.Ranked ranked,
                      UserQuery userQuery, SearchRequest request, TimeBudget budget, SharedFuzzyQuery.Words words,
                      boolean typos) throws IOException {
        ScoreDoc[] all = outcome.top().scoreDocs;
        long start = Math.max(0, ((long) request.page() - 1) * request.size());
        if (start >= all.length) {
            return new Page(List.of(), true);
        }
        int from = (int) start;
        ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, (int) Math.min(all.length, (long) from + request.size()));
        if (request.sort() != SortOrder.RELEVANCE) {
            TopFieldCollector.populateScores(page, searcher, ranked.query());
        }
        HitRenderer renderer = new HitRenderer(searcher, codec, highlighter, highlighter.terms(userQuery, typos));
        HitRenderer plain = null;
        List<Hit> hits = new ArrayList<>(page.length);
        for (ScoreDoc sd : page) {
            if (plain == null && budget.exceeded()) {
                plain = new HitRenderer(searcher, codec, highlighter, highlighter.terms(new UserQuery(List.of()), false));
            }
            hits.add((plain == null ? renderer : plain).render(sd.doc, score(sd, request.sort()))
                    .withFolded(outcome.folded().getOrDefault(sd.doc, 0)));
        }
        if (plain == null && ranked.scored() && !budget.exceeded()) {
            hits = FilmEvidence.attach(hits, searcher, ranked.query(), queries.ownText(userQuery,
                    searcher.getIndexReader().numDocs(), words, typos), Text.titleKey(MatchPolicy.freeText(userQuery)),
                    renderer);
        }
        return new Page(hits, plain == null);
    }

    private static float score(ScoreDoc sd, SortOrder sort) {
        if (sort == SortOrder.RELEVANCE && sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f) {
            return f;
        }
        return Float.isNaN(sd.score) ? 0f : sd.score;
    }

    /**
     * RELEVANCE: score (for a browse: popularity, films and people first), then votes, rating; the others descending
     * but TITLE (A→Z), ties by votes; records without the value last. Last, index order, so equal records always
     * come in the same order.
     */
    static Sort sort(SortOrder order) {
        SortField votes = Schema.VOTES.sortField(true);
        SortField rating = Schema.RATING.sortField(true);
        SortField year = Schema.YEAR.sortField(true);
        SortField title = Schema.TITLE_SORT.sortField(false);
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
        return suggest(prefix, limit, startBudget());
    }

    /**
     * Within {@code budget}.
     *
     * @throws BudgetExceededException when the budget runs out first
     */
    public List<Suggestion> suggest(String prefix, int limit, TimeBudget budget) {
        budget.check("the suggestion");
        try (IndexSearchers.Lease lease = searchers.acquire()) {
            IndexSearcher searcher = new IndexSearcher(lease.searcher().getIndexReader());
            if (!budget.isUnlimited()) {
                searcher.setTimeout(budget);
            }
            List<Suggestion> out = completions.complete(searcher, prefix, limit);
            if (searcher.timedOut()) {
                budget.check("the suggestion");
            }
            return out;
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
        return facetValues(facet, prefix, limit, startBudget());
    }

    /**
     * Within {@code budget}.
     *
     * @throws BudgetExceededException when the budget runs out first
     */
    public List<FacetValue> facetValues(String facet, String prefix, int limit, TimeBudget budget) {
        budget.check("the facet search");
        if (!FACETS.contains(facet)) {
            throw new BadQueryException("unknown facet '" + facet + "'; facets are " + String.join(", ", FACETS));
        }
        try (IndexSearchers.Lease lease = searchers.acquire()) {
            ReaderState state = states.get(lease.searcher().getIndexReader());
            budget.check("the facet search");
            return FacetLists.search(facet, state.entries(facet), prefix, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
