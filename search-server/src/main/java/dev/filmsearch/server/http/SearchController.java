package dev.filmsearch.server.http;

import dev.filmsearch.server.engine.SearchEngine;
import dev.filmsearch.server.search.FacetValue;
import dev.filmsearch.server.search.SearchRequest;
import dev.filmsearch.server.search.SearchService;
import dev.filmsearch.server.search.Suggestion;
import dev.filmsearch.server.search.TimeBudget;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /api/search}, {@code /api/suggest} and {@code /api/facets/{name}}: validate, then ask the search service. */
public final class SearchController {
    public static final int DEFAULT_SUGGESTIONS = 8;
    public static final int MAX_SUGGESTIONS = 20;
    public static final int DEFAULT_FACET_VALUES = 20;
    public static final int MAX_FACET_VALUES = 100;
    private static final Map<String, Integer> SUGGEST_LIMITS = QueryParams.allow("q", SearchRequest.MAX_QUERY_LENGTH,
            "limit", SearchParams.MAX_SHORT_LENGTH);
    private static final Map<String, Integer> FACET_LIMITS = QueryParams.allow("prefix", SearchParams.MAX_FILTER_LENGTH,
            "limit", SearchParams.MAX_SHORT_LENGTH);

    private final SearchEngine search;

    public SearchController(SearchEngine search) {
        this.search = search;
    }

    /**
     * Every route's time budget starts before its parameters are read. A search that runs out of it before finding
     * anything answers 503 ({@link dev.filmsearch.server.search.BudgetExceededException}): "nothing found" would
     * be wrong. One that found part of its hits in time answers them, flagged {@code partial}.
     */
    public void search(Context ctx) {
        TimeBudget budget = search.startBudget();
        SearchRequest request = SearchParams.parse(QueryParams.parse(ctx.queryString(), "/api/search",
                SearchParams.LIMITS));
        ctx.json(search.search(request, budget));
    }

    /** {@code ?q=sal&limit=8}: completions of film titles and people's names; none for an empty q. */
    public void suggest(Context ctx) {
        TimeBudget budget = search.startBudget();
        Map<String, List<String>> params = QueryParams.parse(ctx.queryString(), "/api/suggest", SUGGEST_LIMITS);
        String q = SearchParams.text(params, "q");
        int limit = SearchParams.wholeNumber(params, "limit", DEFAULT_SUGGESTIONS, 1, MAX_SUGGESTIONS,
                "limit must be a whole number from 1 to " + MAX_SUGGESTIONS);
        ctx.json(new Suggestions(q, q.isBlank() ? List.of() : search.suggest(q, limit, budget)));
    }

    /** {@code /api/facets/director?prefix=guz&limit=20}: values of one facet, with their counts. */
    public void facetValues(Context ctx) {
        TimeBudget budget = search.startBudget();
        String given = PathParams.get(ctx, "name");
        String name = given.toLowerCase(Locale.ROOT);
        if (!SearchService.FACETS.contains(name)) {
            throw ApiException.notFound("no facet '" + PathParams.quote(given) + "'; the facets are: "
                    + String.join(", ", SearchService.FACETS));
        }
        Map<String, List<String>> params = QueryParams.parse(ctx.queryString(), "/api/facets/{name}", FACET_LIMITS);
        String prefix = SearchParams.text(params, "prefix");
        int limit = SearchParams.wholeNumber(params, "limit", DEFAULT_FACET_VALUES, 1, MAX_FACET_VALUES,
                "limit must be a whole number from 1 to " + MAX_FACET_VALUES);
        ctx.json(new FacetValues(name, prefix, search.facetValues(name, prefix, limit, budget)));
    }

    /** The answer of {@code /api/suggest}. */
    public record Suggestions(String query, List<Suggestion> suggestions) {
    }

    /** The answer of {@code /api/facets/{name}}. */
    public record FacetValues(String facet, String prefix, List<FacetValue> values) {
    }
}
