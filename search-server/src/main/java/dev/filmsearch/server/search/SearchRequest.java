package dev.filmsearch.server.search;

import dev.filmsearch.model.RecordType;
import java.util.List;
import java.util.Set;

/**
 * A validated search: free text {@code q} (may be empty: browse), record types (empty = all), facet filters
 * (values OR within a facet, AND across facets), a rating range (null = any), year ranges (OR-ed; empty = any),
 * order, 1-based page and page size, title types (IMDb's "movie", "tvSeries", …; empty = all) and film languages
 * ("Spanish"; empty = all). Built by the HTTP layer after validation; the search service trusts it.
 */
public record SearchRequest(String q, Set<RecordType> types, List<String> directors, List<String> genres,
                            Range rating, List<Range> years, SortOrder sort, int page, int size,
                            List<String> titleTypes, List<String> languages) implements ValueFilters {
    public static final int MAX_SIZE = 100;
    public static final int MAX_RESULT_WINDOW = 10_000;
    public static final int MAX_QUERY_LENGTH = 1_000;

    public SearchRequest {
        q = q == null ? "" : q;
        types = Set.copyOf(types);
        directors = List.copyOf(directors);
        genres = List.copyOf(genres);
        years = List.copyOf(years);
        titleTypes = List.copyOf(titleTypes);
        languages = List.copyOf(languages);
    }

    /** A search without a title-type or language filter. */
    public SearchRequest(String q, Set<RecordType> types, List<String> directors, List<String> genres,
                         Range rating, List<Range> years, SortOrder sort, int page, int size) {
        this(q, types, directors, genres, rating, years, sort, page, size, List.of(), List.of());
    }
}
