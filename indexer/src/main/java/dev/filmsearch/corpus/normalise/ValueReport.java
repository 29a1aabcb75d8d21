package dev.filmsearch.corpus.normalise;

import java.util.List;
import java.util.Map;

/**
 * What the normalisation step did in a build: per field the values it mapped ("genre": 52,143), the values not in
 * its table, kept as they were, with how often each was met (most often first), and the texts whose mojibake it
 * repaired per field ("title": 18).
 */
public record ValueReport(Map<String, Integer> mapped, Map<String, List<Count>> unknown,
                          Map<String, Integer> repaired) {
    public static final ValueReport NONE = new ValueReport(Map.of(), Map.of(), Map.of());

    public ValueReport {
        mapped = Map.copyOf(mapped);
        unknown = Map.copyOf(unknown);
        repaired = Map.copyOf(repaired);
    }

    /** One value and how many times it was met. */
    public record Count(String value, int times) {
    }

    public List<Count> unknown(String field) {
        return unknown.getOrDefault(field, List.of());
    }

    public int repairedTotal() {
        return repaired.values().stream().mapToInt(Integer::intValue).sum();
    }
}
