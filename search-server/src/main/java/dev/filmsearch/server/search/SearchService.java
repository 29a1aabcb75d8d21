package dev.filmsearch.server.search;

import java.util.List;

/**
 * Ranked, faceted search over the current index: free text parsed by {@link UserQueryParser}, filters, multi-select
 * facet counts, highlights, "did you mean", as-you-type suggestions and search within a facet's values. Knows
 * nothing of HTTP; takes searchers from {@link IndexSearchers} for each call and releases them.
 */
public final class SearchService {
    /** The facet names of a search response and of {@link #facetValues}. */
    public static final List<String> FACETS = List.of("type", "director", "genre", "rating", "decade");

    private final IndexSearchers searchers;
    private final SearchConfig config;

    public SearchService(IndexSearchers searchers, SearchConfig config) {
        this.searchers = searchers;
        this.config = config;
    }

    /**
     * @throws BadQueryException when {@code q} cannot be read (the message says why)
     * @throws java.io.UncheckedIOException when the index cannot be read
     */
    public SearchResponse search(SearchRequest request) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Up to {@code limit} films and people whose title or name starts with the prefix, most voted first. */
    public List<Suggestion> suggest(String prefix, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Values of a facet that start with {@code prefix} (any word of the value; case and accents ignored), with
     * their counts over the whole index, most frequent first.
     *
     * @throws BadQueryException for a facet name not in {@link #FACETS}
     */
    public List<FacetValue> facetValues(String facet, String prefix, int limit) {
        throw new UnsupportedOperationException("not yet");
    }
}
