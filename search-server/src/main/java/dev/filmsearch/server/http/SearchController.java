package dev.filmsearch.server.http;

import dev.filmsearch.server.search.FacetValue;
import dev.filmsearch.server.search.SearchResponse;
import dev.filmsearch.server.search.SearchService;
import dev.filmsearch.server.search.Suggestion;
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

    private final SearchService search;

    public SearchController(SearchService search) {
        this.search = search;
    }

    /**
     * A search that ran out of its time budget before finding anything answers 503: "nothing found" would be
     * wrong. One that found part of its hits in time answers them, flagged {@code partial}.
     */
    public void search(Context ctx) {
        SearchResponse response = search.search(SearchParams.parse(ctx.queryParamMap()));
        if (response.partial() && response.total() == 0) {
            throw new ApiException(ProblemType.UNAVAILABLE, "the search ran out of its time budget before finding"
                    + " anything; try again, or narrow the search", Map.of("Retry-After", "1"));
        }
        ctx.json(response);
    }

    /** {@code ?q=sal&limit=8}: completions of film titles and people's names; none for an empty q. */
    public void suggest(Context ctx) {
        String q = SearchParams.text(ctx.queryParamMap(), "q");
        int limit = SearchParams.wholeNumber(ctx.queryParamMap(), "limit", DEFAULT_SUGGESTIONS, 1, MAX_SUGGESTIONS,
                "limit must be a whole number from 1 to " + MAX_SUGGESTIONS);
        ctx.json(new Suggestions(q, q.isBlank() ? List.of() : search.suggest(q, limit)));
    }

    /** {@code /api/facets/director?prefix=guz&limit=20}: values of one facet, with their counts. */
    public void facetValues(Context ctx) {
        String name = ctx.pathParam("name").toLowerCase(Locale.ROOT);
        if (!SearchService.FACETS.contains(name)) {
            throw ApiException.notFound("no facet '" + ctx.pathParam("name") + "'; the facets are: "
                    + String.join(", ", SearchService.FACETS));
        }
        String prefix = SearchParams.text(ctx.queryParamMap(), "prefix");
        int limit = SearchParams.wholeNumber(ctx.queryParamMap(), "limit", DEFAULT_FACET_VALUES, 1, MAX_FACET_VALUES,
                "limit must be a whole number from 1 to " + MAX_FACET_VALUES);
        ctx.json(new FacetValues(name, prefix, search.facetValues(name, prefix, limit)));
    }

    /** The answer of {@code /api/suggest}. */
    public record Suggestions(String query, List<Suggestion> suggestions) {
    }

    /** The answer of {@code /api/facets/{name}}. */
    public record FacetValues(String facet, String prefix, List<FacetValue> values) {
    }
}
