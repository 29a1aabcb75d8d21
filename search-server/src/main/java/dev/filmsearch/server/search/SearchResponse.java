package dev.filmsearch.server.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: {@code facets} has the keys type, director, genre, rating, decade; {@code suggestion}
 * is a "did you mean" query (null when none); {@code partial} is true when the time budget ran out and the hits
 * and counts are from the part of the index searched in time; {@code interpretations} are words of the query read as
 * filters ({@link QueryInterpreter}), offered as chips and never applied by the server.
 */
public record SearchResponse(String query, long total, int page, int size, long tookMs, List<Hit> hits,
                             Map<String, List<FacetValue>> facets, String suggestion, boolean partial,
                             List<Interpretation> interpretations) {
    public SearchResponse {
        interpretations = List.copyOf(interpretations);
    }
}
