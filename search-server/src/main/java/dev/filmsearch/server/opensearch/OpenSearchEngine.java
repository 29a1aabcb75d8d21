package dev.filmsearch.server.opensearch;

import dev.filmsearch.index.IndexMetadata;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Text;
import dev.filmsearch.opensearch.OpenSearchFields;
import dev.filmsearch.schema.FacetSchema;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.RecordCodec;
import dev.filmsearch.server.engine.IndexStatus;
import dev.filmsearch.server.engine.SearchEngine;
import dev.filmsearch.server.records.FilmPage;
import dev.filmsearch.server.records.PersonPage;
import dev.filmsearch.server.records.QuotePage;
import dev.filmsearch.server.records.ReviewPage;
import dev.filmsearch.server.search.BadQueryException;
import dev.filmsearch.server.search.BudgetExceededException;
import dev.filmsearch.server.search.FacetPrefix;
import dev.filmsearch.server.search.FacetValue;
import dev.filmsearch.server.search.Hit;
import dev.filmsearch.server.search.MatchPolicy;
import dev.filmsearch.server.search.Range;
import dev.filmsearch.server.search.RankingWeights;
import dev.filmsearch.server.search.RecordHits;
import dev.filmsearch.server.search.SearchConfig;
import dev.filmsearch.server.search.SearchRequest;
import dev.filmsearch.server.search.SearchResponse;
import dev.filmsearch.server.search.SearchService;
import dev.filmsearch.server.search.SortOrder;
import dev.filmsearch.server.search.Suggestion;
import dev.filmsearch.server.search.TimeBudget;
import dev.filmsearch.server.search.UserQuery;
import dev.filmsearch.server.search.UserQueryParser;
import dev.filmsearch.server.search.ValueFilters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.range.DoubleRange;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The OpenSearch engine: the same API answers from an index that {@code index --target opensearch} built, searched
 * through its alias. Queries are {@link OpenSearchQueries} (the embedded ranking in the query DSL); filters are a
 * {@code post_filter} and each facet is counted by a filter aggregation of every other facet's filter, so facets
 * are multi-select as in the embedded engine; hits and their highlights are rendered from the stored record by
 * the embedded engine's own rules ({@link RecordHits}); record pages are read by id and by film, series and
 * person links ({@link OpenSearchRecords}). Thread-safe; the client is shared.
 *
 * <p>Against the embedded engine (docs/scale-out.md): no did-you-mean, no query interpretations, no folding of a
 * film's reviews and quotes into one hit, no review or quote as a film's evidence, no "also liked" films; director
 * and genre filters match values exactly as given.
 */
public final class OpenSearchEngine implements SearchEngine {
    private final OpenSearchClient client;
    private final String alias;
    private final SearchConfig config;
    private final OpenSearchQueries queries = new OpenSearchQueries(RankingWeights.defaults());
    private final UserQueryParser parser = new UserQueryParser();
    private final RecordCodec codec = new RecordCodec();
    private final OpenSearchRecords records;
    private volatile IndexStatus status;
    private volatile long statusAt;

    public OpenSearchEngine(OpenSearchClient client, String alias, SearchConfig config) {
        this.client = client;
        this.alias = alias;
        this.config = config;
        this.records = new OpenSearchRecords(client, alias);
    }

    @Override
    public TimeBudget startBudget() {
        return config.startBudget();
    }

    @Override
    public SearchResponse search(SearchRequest request, TimeBudget budget) {
        long started = System.nanoTime();
        UserQuery userQuery = parser.parse(request.q());
        budget.check("the search");
        int numDocs = (int) Math.min(Integer.MAX_VALUE, documents());
        OpenSearchQueries.Ranked ranked = userQuery.isEmpty() && !request.q().isBlank()
                ? new OpenSearchQueries.Ranked(Query.of(q -> q.matchNone(n -> n)), true)
                : queries.build(userQuery, false, numDocs, false);
        Map<String, Query> filters = filters(request);
        try {
            var response = run(ranked.query(), filters, request, budget);
            boolean typos = false; // the words as typed first; their typo forms only if that finds too little
            if (ranked.scored() && !Boolean.TRUE.equals(response.timedOut()) && !budget.exceeded()
                    && MatchPolicy.wantsTypos(userQuery, response.hits().total().value())) {
                typos = true;
                response = run(queries.build(userQuery, false, numDocs, typos).query(), filters, request, budget);
            }
            if (response.hits().total().value() == 0 && ranked.scored() && !Boolean.TRUE.equals(response.timedOut())
                    && MatchPolicy.canRelax(userQuery) && !budget.exceeded()) {
                response = run(queries.build(userQuery, true, numDocs, typos).query(), filters, request, budget);
            }
            boolean partial = Boolean.TRUE.equals(response.timedOut());
            long total = response.hits().total().value();
            if (total == 0 && (partial || budget.exceeded())) {
                throw new BudgetExceededException("the search ran out of its time budget before finding anything;"
                        + " try again, or narrow the search");
            }
            List<Hit> hits = hits(response.hits().hits(), userQuery, typos, request);
            Map<String, List<FacetValue>> facets = facets(response.aggregations(), request);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            return new SearchResponse(request.q(), total, request.page(), request.size(), tookMs, hits, facets, null,
                    partial, List.of());
        } catch (OpenSearchException e) {
            if (e.status() == 400) {
                throw new BadQueryException("the query is too complex: use fewer words, prefixes or OR");
            }
            throw new UncheckedIOException(new IOException("OpenSearch answered HTTP " + e.status() + ": "
                    + e.getMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private org.opensearch.client.opensearch.core.SearchResponse<Map> run(Query query, Map<String, Query> filters,
            SearchRequest request, TimeBudget budget) throws IOException {
        int from = (int) Math.min(SearchRequest.MAX_RESULT_WINDOW, ((long) request.page() - 1) * request.size());
        int size = Math.max(0, Math.min(request.size(), SearchRequest.MAX_RESULT_WINDOW - from));
        Map<String, Aggregation> aggregations = aggregations(filters);
        List<Query> all = List.copyOf(filters.values());
        return client.search(s -> {
            s.index(alias).query(query).from(from).size(size).trackTotalHits(t -> t.enabled(true))
                    .trackScores(true).sort(sort(request.sort())).aggregations(aggregations)
                    .source(src -> src.filter(f -> f.includes(Fields.TYPE, Fields.SOURCE, Fields.TITLE, Fields.YEAR,
                            Fields.RATING, Fields.VOTES, Fields.KNOWN_FOR)));
            if (!all.isEmpty()) {
                s.postFilter(p -> p.bool(b -> b.filter(all)));
            }
            if (!budget.isUnlimited()) {
                s.timeout(Math.max(1, budget.remainingMillis()) + "ms");
            }
            return s;
        }, Map.class);
    }

    /** The request's filters by facet dimension (the year ranges are the decade facet's filter). */
    private static Map<String, Query> filters(SearchRequest request) {
        Map<String, Query> out = new LinkedHashMap<>();
        if (!request.types().isEmpty()) {
            out.put(FacetSchema.TYPE, terms(FacetSchema.TYPE, request.types().stream().sorted()
                    .map(RecordType::label).toList()));
        }
        for (String facet : ValueFilters.FACETS) {
            putTerms(out, facet, request.values(facet));
        }
        if (request.rating() != null) {
            out.put(FacetSchema.RATING, OpenSearchQueries.ratingRange(request.rating()));
        }
        if (!request.years().isEmpty()) {
            List<Query> years = request.years().stream().map(OpenSearchQueries::yearRange).toList();
            out.put(FacetSchema.DECADE, Query.of(q -> q.bool(b -> b.should(years).minimumShouldMatch("1"))));
        }
        return out;
    }

    private static void putTerms(Map<String, Query> out, String dim, List<String> values) {
        List<String> clean = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
                .toList();
        if (!clean.isEmpty()) {
            out.put(dim, terms(dim, clean));
        }
    }

    private static Query terms(String dim, List<String> values) {
        List<FieldValue> v = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(OpenSearchFields.facet(dim)).terms(tv -> tv.value(v))));
    }

    /** Every facet counted over the hits of all the other facets' filters, not its own (multi-select). */
    private Map<String, Aggregation> aggregations(Map<String, Query> filters) {
        Map<String, Aggregation> out = new LinkedHashMap<>();
        for (String facet : SearchService.FACETS) {
            List<Query> others = new ArrayList<>();
            filters.forEach((dim, q) -> {
                if (!dim.equals(facet)) {
                    others.add(q);
                }
            });
            Aggregation counts = facet.equals(FacetSchema.RATING) ? ratingBuckets()
                    : Aggregation.of(a -> a.terms(t -> t.field(OpenSearchFields.facet(facet))
                    .size(SearchService.TOP_VALUE_FACETS.contains(facet) ? config.facetSize() : 1000)));
            out.put(facet, Aggregation.of(a -> a.filter(f -> f.bool(b -> b.filter(others)))
                    .aggregations("counts", counts)));
        }
        return out;
    }

    private static Aggregation ratingBuckets() {
        List<org.opensearch.client.opensearch._types.aggregations.AggregationRange> ranges = new ArrayList<>();
        for (DoubleRange bucket : FacetSchema.RATING_BUCKETS) {
            ranges.add(org.opensearch.client.opensearch._types.aggregations.AggregationRange.of(r -> r.key(bucket.label)
                    .from(JsonData.of(bucket.min)).to(JsonData.of(Math.nextUp(bucket.max)))));
        }
        return Aggregation.of(a -> a.range(r -> r.field(Fields.RATING).ranges(ranges)));
    }

    /** As the embedded engine lists them: see {@code FacetLists}. */
    private static Map<String, List<FacetValue>> facets(Map<String, Aggregate> aggregations, SearchRequest request) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String facet : SearchService.FACETS) {
            Aggregate counts = aggregations.get(facet).filter().aggregations().get("counts");
            List<String> selected = facet.equals(FacetSchema.TYPE)
                    ? request.types().stream().sorted().map(RecordType::label).toList() : request.values(facet);
            List<FacetValue> values = new ArrayList<>();
            if (facet.equals(FacetSchema.RATING)) {
                for (var bucket : inBucketOrder(counts.range().buckets().array())) {
                    boolean active = request.rating() != null && inside(bucket.from(), bucket.to(), request.rating());
                    if (bucket.docCount() > 0 || active) {
                        values.add(value(bucket.key(), bucket.docCount(), active));
                    }
                }
            } else {
                for (StringTermsBucket bucket : counts.sterms().buckets().array()) {
                    boolean active = selected.contains(bucket.key()) || facet.equals(FacetSchema.DECADE)
                            && request.years().stream().anyMatch(year -> decadeInside(bucket.key(), year));
                    values.add(value(bucket.key(), bucket.docCount(), active));
                }
                for (String s : selected) {
                    if (values.stream().noneMatch(v -> v.value().equals(s))) {
                        values.add(value(s, 0, true));
                    }
                }
                if (facet.equals(FacetSchema.TYPE) || facet.equals(FacetSchema.TITLE_TYPE)) {
                    values.sort(Comparator.comparingLong(FacetValue::count).reversed()
                            .thenComparing(FacetValue::value));
                } else if (facet.equals(FacetSchema.DECADE)) {
                    values.sort(Comparator.comparing(FacetValue::value).reversed());
                }
            }
            out.put(facet, values);
        }
        return out;
    }

    /** Range buckets in the schema's order, best first (OpenSearch returns them by lower bound). */
    private static List<org.opensearch.client.opensearch._types.aggregations.RangeBucket> inBucketOrder(
            List<org.opensearch.client.opensearch._types.aggregations.RangeBucket> buckets) {
        List<String> order = FacetSchema.RATING_BUCKETS.stream().map(b -> b.label).toList();
        return buckets.stream().sorted(Comparator.comparingInt(b -> order.indexOf(b.key()))).toList();
    }

    private static boolean inside(Double from, Double to, Range range) {
        double min = from == null ? Double.NEGATIVE_INFINITY : from;
        double max = to == null ? Double.POSITIVE_INFINITY : Math.nextDown(to);
        return (range.from() == null || min >= range.from()) && (range.to() == null || max <= range.to());
    }

    private static boolean decadeInside(String decade, Range year) {
        int start = Integer.parseInt(decade.substring(0, decade.length() - 1));
        return (year.from() == null || start >= year.from()) && (year.to() == null || start + 9 <= year.to());
    }

    private static FacetValue value(String value, long count, boolean selected) {
        return new FacetValue(value, count, selected ? Boolean.TRUE : null);
    }

    /** The embedded engine's orders (docs/api.md), records without the value last. */
    private static List<SortOptions> sort(SortOrder order) {
        SortOptions score = SortOptions.of(s -> s.score(sc -> sc.order(org.opensearch.client.opensearch._types.SortOrder.Desc)));
        return switch (order) {
            case RELEVANCE -> List.of(score, field(Fields.VOTES, true), field(Fields.RATING, true));
            case RATING -> List.of(field(Fields.RATING, true), field(Fields.VOTES, true));
            case VOTES -> List.of(field(Fields.VOTES, true), field(Fields.RATING, true));
            case YEAR -> List.of(field(Fields.YEAR, true), field(Fields.VOTES, true));
            case TITLE -> List.of(field(Fields.TITLE_SORT, false), field(Fields.VOTES, true));
        };
    }

    private static SortOptions field(String name, boolean descending) {
        return SortOptions.of(s -> s.field(f -> f.field(name).missing(FieldValue.of("_last"))
                .order(descending ? org.opensearch.client.opensearch._types.SortOrder.Desc
                        : org.opensearch.client.opensearch._types.SortOrder.Asc)));
    }

    private List<Hit> hits(List<org.opensearch.client.opensearch.core.search.Hit<Map>> found, UserQuery userQuery,
                           boolean typos, SearchRequest request) throws IOException {
        // each stored record decoded once: for its film's id (reviews, quotes) and for its hit
        List<CatalogRecord> decoded = new ArrayList<>(found.size());
        Set<String> filmIds = new LinkedHashSet<>();
        for (var h : found) {
            Map<?, ?> src = h.source();
            CatalogRecord record = codec.decode(RecordType.parse((String) src.get(Fields.TYPE)).orElseThrow(),
                    (String) src.get(Fields.SOURCE));
            decoded.add(record);
            String filmId = switch (record) {
                case dev.filmsearch.model.Review r -> r.filmId();
                case dev.filmsearch.model.Quote q -> q.filmId();
                default -> null;
            };
            if (filmId != null) {
                filmIds.add(filmId);
            }
        }
        Map<String, Film> films = records.films(List.copyOf(filmIds));
        RecordHits render = new RecordHits(userQuery, typos, films::get);
        List<Hit> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            var h = found.get(i);
            Map<?, ?> src = h.source();
            float score = h.score() == null ? 0f : h.score().floatValue();
            out.add(render.hit(decoded.get(i), (String) first(src.get(Fields.TITLE)), intOf(src.get(Fields.YEAR)),
                    doubleOf(src.get(Fields.RATING)), longOf(src.get(Fields.VOTES)), ints(src.get(Fields.KNOWN_FOR)),
                    score));
        }
        return out;
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit, TimeBudget budget) {
        budget.check("the suggestion");
        try {
            return records.suggest(prefix, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<FacetValue> facetValues(String facet, String prefix, int limit, TimeBudget budget) {
        budget.check("the facet search");
        if (!SearchService.FACETS.contains(facet)) {
            throw new BadQueryException("unknown facet '" + facet + "'; facets are "
                    + String.join(", ", SearchService.FACETS));
        }
        try {
            Aggregation counts = facet.equals(FacetSchema.RATING) ? ratingBuckets()
                    : Aggregation.of(a -> a.terms(t -> t.field(OpenSearchFields.facet(facet)).size(100_000)));
            var response = client.search(s -> s.index(alias).size(0).aggregations("counts", counts), Void.class);
            Aggregate agg = response.aggregations().get("counts");
            List<FacetValue> all = new ArrayList<>();
            if (facet.equals(FacetSchema.RATING)) {
                inBucketOrder(agg.range().buckets().array())
                        .forEach(b -> all.add(new FacetValue(b.key(), b.docCount(), null)));
            } else {
                agg.sterms().buckets().array().forEach(b -> all.add(new FacetValue(b.key(), b.docCount(), null)));
                if (facet.equals(FacetSchema.DECADE) || facet.equals(FacetSchema.YEAR)) {
                    all.sort(Comparator.comparing(FacetValue::value).reversed());
                }
            }
            java.util.function.Predicate<String> matches = FacetPrefix.matcher(facet, prefix);
            return all.stream().filter(v -> matches.test(Text.fold(v.value()))).limit(Math.max(0, limit)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<FilmPage> film(String id, TimeBudget budget) {
        budget.check("the film page");
        return records.film(id);
    }

    @Override
    public Optional<PersonPage> person(String id, TimeBudget budget) {
        budget.check("the person page");
        return records.person(id);
    }

    @Override
    public Optional<ReviewPage> review(String id, TimeBudget budget) {
        budget.check("the review page");
        return records.review(id);
    }

    @Override
    public Optional<QuotePage> quote(String id, TimeBudget budget) {
        budget.check("the quote page");
        return records.quote(id);
    }

    /**
     * The index behind the alias, with the build's record from its mapping's {@code _meta} and its size; read at
     * most every 5 s (a rebuild moves the alias).
     */
    @Override
    public IndexStatus status() {
        IndexStatus s = status;
        if (s == null || System.nanoTime() - statusAt > 5_000_000_000L) {
            s = readStatus();
            status = s;
            statusAt = System.nanoTime();
        }
        return s;
    }

    private IndexStatus readStatus() {
        try {
            String index = client.indices().getAlias(g -> g.name(alias)).result().keySet().iterator().next();
            Map<String, JsonData> meta = client.indices().getMapping(m -> m.index(index)).result().get(index)
                    .mappings().meta();
            Map<String, String> data = new LinkedHashMap<>();
            if (meta != null) {
                meta.forEach((k, v) -> data.put(k, v.to(String.class)));
            }
            long bytes = client.indices().stats(st -> st.index(index)).indices().get(index).total().store()
                    .sizeInBytes();
            return new IndexStatus(index, data.isEmpty() ? new IndexMetadata(Instant.EPOCH, "unknown",
                    IndexMetadata.NO_SCHEMA_VERSION, "", new EnumMap<>(RecordType.class))
                    : IndexMetadata.fromUserData(data), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The admin reindex's destination on the cluster: the target builds a new index and moves the alias itself,
     * so publishing only makes the status read the new index; the status names the new physical index.
     */
    public dev.filmsearch.server.reindex.Reindexer.Destination destination(
            dev.filmsearch.opensearch.OpenSearchTarget target) {
        return new dev.filmsearch.server.reindex.Reindexer.Destination() {
            @Override
            public dev.filmsearch.build.BuildTarget target() {
                return target;
            }

            @Override
            public void publish(dev.filmsearch.build.BuildSummary summary) {
                // the alias moved at the end of the build: only the status is read again
                status = null;
            }

            @Override
            public String name(dev.filmsearch.build.BuildSummary summary) {
                return summary.written().name();
            }
        };
    }

    /** The primary shards and replicas of the index served now. */
    public int[] shardsAndReplicas() {
        String index = status().name();
        try {
            var settings = client.indices().getSettings(g -> g.index(index)).result().get(index).settings().index();
            return new int[] {Integer.parseInt(String.valueOf(settings.numberOfShards())),
                    Integer.parseInt(String.valueOf(settings.numberOfReplicas()))};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line for a failure to reach or read the cluster. */
    public static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OpenSearchException os) {
                return "HTTP " + os.status() + " " + (os.error() == null ? "" : os.error().type() + ": "
                        + os.error().reason());
            }
            if (t.getCause() == null || t.getMessage() != null && !t.getMessage().isBlank()
                    && !(t instanceof UncheckedIOException)) {
                return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    private long documents() {
        return status().metadata().counts().values().stream().mapToLong(Integer::longValue).sum();
    }

    private static Object first(Object value) {
        return value instanceof List<?> list ? (list.isEmpty() ? null : list.getFirst()) : value;
    }

    private static Integer intOf(Object value) {
        Object v = first(value);
        return v instanceof Number n ? n.intValue() : null;
    }

    private static Double doubleOf(Object value) {
        Object v = first(value);
        return v instanceof Number n ? n.doubleValue() : null;
    }

    private static Long longOf(Object value) {
        Object v = first(value);
        return v instanceof Number n ? n.longValue() : null;
    }

    private static List<Integer> ints(Object value) {
        if (value == null) {
            return List.of();
        }
        List<?> list = value instanceof List<?> l ? l : List.of(value);
        return list.stream().map(v -> ((Number) v).intValue()).toList();
    }
}
