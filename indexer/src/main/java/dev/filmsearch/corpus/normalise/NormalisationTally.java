package dev.filmsearch.corpus.normalise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts what {@link RecordNormaliser} does over one build; one per build, never shared between builds. */
public final class NormalisationTally {
    private final Map<String, Integer> mapped = new TreeMap<>();
    private final Map<String, Map<String, Integer>> unknown = new TreeMap<>();
    private final Map<String, Integer> repaired = new TreeMap<>();

    void mapped(String field) {
        mapped.merge(field, 1, Integer::sum);
    }

    void unknown(String field, String value) {
        unknown.computeIfAbsent(field, f -> new TreeMap<>()).merge(value, 1, Integer::sum);
    }

    void repaired(String field) {
        repaired.merge(field, 1, Integer::sum);
    }

    /** What was counted so far: unknown values most often met first, then by value. */
    public ValueReport report() {
        Map<String, List<ValueReport.Count>> unknownCounts = new LinkedHashMap<>();
        unknown.forEach((field, values) -> {
            List<ValueReport.Count> counts = new ArrayList<>();
            values.forEach((value, times) -> counts.add(new ValueReport.Count(value, times)));
            counts.sort(Comparator.comparingInt(ValueReport.Count::times).reversed());
            unknownCounts.put(field, List.copyOf(counts));
        });
        return new ValueReport(mapped, unknownCounts, repaired);
    }
}
