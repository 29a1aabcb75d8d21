package dev.filmsearch.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many records entity resolution merged, per rule, and how many it kept apart from a record they resemble,
 * per reason; in the rules' documented order (docs/indexing.md), zero counts included.
 */
public record ResolutionCounts(Map<String, Long> merged, Map<String, Long> keptApart) {
    public ResolutionCounts {
        merged = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(merged));
        keptApart = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keptApart));
    }

    public long mergedTotal() {
        return merged.values().stream().mapToLong(Long::longValue).sum();
    }

    public long merged(String rule) {
        return merged.getOrDefault(rule, 0L);
    }

    public long keptApart(String reason) {
        return keptApart.getOrDefault(reason, 0L);
    }
}
