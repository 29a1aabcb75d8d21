package dev.filmsearch.server.search;

import java.util.List;
import java.util.Map;

/**
 * Words of a query read as a filter, offered beside the results as a chip ("Director: Pedro Almodovar"): the facet
 * {@code dimension} (director, genre, language, decade, year, type) and its {@code value} as the index has it, the
 * chip's {@code label}, the {@code words} of the query it reads (as typed), the {@code query} with those words taken out,
 * and the {@code filter} to add: search parameter → value ({@code {"year": "1990..1999"}} for the decade 1990s).
 * Searching {@code query} with {@code filter} added is applying the chip. Never applied by the server.
 */
public record Interpretation(String dimension, String value, String label, List<String> words, String query,
                             Map<String, String> filter) {
    public Interpretation {
        words = List.copyOf(words);
        filter = Map.copyOf(filter);
    }
}
