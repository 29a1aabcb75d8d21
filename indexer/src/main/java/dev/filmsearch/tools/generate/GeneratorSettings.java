package dev.filmsearch.tools.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate: {@code records} records in all, from {@code seed}, into the folder {@code out}, with words and
 * names from {@code vocabulary}, at most {@code recordsPerFile} records in each {@code part-NNNNN.jsonl.gz} file.
 */
public record GeneratorSettings(long records, long seed, Path out, Vocabulary vocabulary, int recordsPerFile) {
    public static final int DEFAULT_RECORDS_PER_FILE = 1_000_000;

    public GeneratorSettings {
        if (records < 0) {
            throw new IllegalArgumentException("records must not be negative: " + records);
        }
        if (recordsPerFile < 1) {
            throw new IllegalArgumentException("records per file must be at least 1: " + recordsPerFile);
        }
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(vocabulary, "vocabulary");
    }

    public GeneratorSettings(long records, long seed, Path out, Vocabulary vocabulary) {
        this(records, seed, out, vocabulary, DEFAULT_RECORDS_PER_FILE);
    }
}
