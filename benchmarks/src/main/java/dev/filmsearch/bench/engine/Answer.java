package dev.filmsearch.bench.engine;

import java.util.List;
import java.util.Map;

/**
 * What an engine answered to one {@link dev.filmsearch.bench.query.BenchQuery}: the number of matching records,
 * the keys ({@code type/id}) of the top hits in rank order, and the genre and director facet counts over all
 * matches (at most {@code BenchQuery.FACET_VALUES} values each, highest count first).
 */
public record Answer(long hits, List<String> keys, Map<String, Long> genres, Map<String, Long> directors) {
    public Answer {
        keys = List.copyOf(keys);
        genres = Map.copyOf(genres);
        directors = Map.copyOf(directors);
    }
}
