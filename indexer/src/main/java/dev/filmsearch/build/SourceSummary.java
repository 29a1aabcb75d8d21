package dev.filmsearch.build;

import dev.filmsearch.model.RecordType;
import java.util.Map;

/**
 * What one corpus source gave: records read per type, lines/rows/pages rejected, and bad values left out of
 * records that were kept.
 */
public record SourceSummary(String name, String format, Map<RecordType, Integer> read, int rejected,
                            int ignoredValues) {
    public SourceSummary {
        read = Map.copyOf(read);
    }

    public int read(RecordType type) {
        return read.getOrDefault(type, 0);
    }
}
