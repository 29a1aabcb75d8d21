package dev.filmsearch.build;

import dev.filmsearch.model.RecordType;
import java.util.Map;

/**
 * What one corpus source gave: records read per type, lines/rows/pages rejected, and bad values left out of
 * records that were kept; {@code mapping} names the mapping file it was read with, or is null.
 */
public record SourceSummary(String name, String format, Map<RecordType, Integer> read, int rejected,
                            int ignoredValues, String mapping) {
    public SourceSummary {
        read = Map.copyOf(read);
    }

    /** A source read without a mapping file. */
    public SourceSummary(String name, String format, Map<RecordType, Integer> read, int rejected, int ignoredValues) {
        this(name, format, read, rejected, ignoredValues, null);
    }

    public int read(RecordType type) {
        return read.getOrDefault(type, 0);
    }
}
