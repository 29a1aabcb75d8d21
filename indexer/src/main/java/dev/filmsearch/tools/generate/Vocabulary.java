package dev.filmsearch.tools.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where generated text and names come from: word tables for English and Spanish text and tables of first and
 * last names. {@code source} says which (printed in summaries and documented figures).
 */
public record Vocabulary(String source, WeightedTable englishWords, WeightedTable spanishWords,
                         WeightedTable firstNames, WeightedTable lastNames) {

    /** Words for titles and headlines: the table without its most frequent words ("the", "de", …). */
    public static WeightedTable titleWords(WeightedTable words) {
        return words.withoutTop(Math.min(words.size() / 2, 150));
    }

    /** The small vocabulary written for this generator; used when the shared corpus is absent. */
    public static Vocabulary builtIn() {
        return new Vocabulary("built-in", WeightedTable.zipf(BuiltInWords.ENGLISH),
                WeightedTable.zipf(BuiltInWords.SPANISH), WeightedTable.zipf(BuiltInWords.FIRST_NAMES),
                WeightedTable.zipf(BuiltInWords.LAST_NAMES));
    }

    /** Frequency tables built from the real sets in {@code shared} when it is a folder, else {@link #builtIn()}. */
    public static Vocabulary fromSharedOrBuiltIn(Path shared) {
        if (shared == null || !Files.isDirectory(shared)) {
            return builtIn();
        }
        try {
            return SharedVocabulary.read(shared, builtIn());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shared corpus " + shared + ": " + e.getMessage(), e);
        }
    }
}
