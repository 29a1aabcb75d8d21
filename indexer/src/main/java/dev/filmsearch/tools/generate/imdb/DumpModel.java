package dev.filmsearch.tools.generate.imdb;

import dev.filmsearch.tools.generate.Vocabulary;
import dev.filmsearch.tools.generate.WeightedTable;
import java.nio.charset.StandardCharsets;

/**
 * Everything the files of one dump share, read-only: the seed, the ids, the title layout, the people and the
 * vocabulary (with names pre-encoded as JSON strings for the principals' characters). One instance serves all
 * threads; what a thread caches lives in {@link Titles}.
 */
final class DumpModel {
    /** Names per title in the full dataset: 15.1M names for 12.3M titles. */
    static final double NAMES_PER_TITLE = 15.1 / 12.3;

    final long seed;
    final IdSpace titleIds;
    final IdSpace nameIds;
    final TitleLayout layout;
    final People people;
    final Vocabulary vocabulary;
    final WeightedTable englishTitles;
    final WeightedTable spanishTitles;
    final byte[][] firstNamesJson;
    final byte[][] lastNamesJson;

    DumpModel(long seed, long titles, Vocabulary vocabulary) {
        if (titles < 1) {
            throw new IllegalArgumentException("titles must be at least 1: " + titles);
        }
        long names = Math.max(1, Math.round(titles * NAMES_PER_TITLE));
        this.seed = seed;
        this.titleIds = IdSpace.titles(titles);
        this.nameIds = IdSpace.names(names);
        this.layout = new TitleLayout(seed, titles);
        this.people = new People(names);
        this.vocabulary = vocabulary;
        this.englishTitles = Vocabulary.titleWords(vocabulary.englishWords());
        this.spanishTitles = Vocabulary.titleWords(vocabulary.spanishWords());
        this.firstNamesJson = jsonEncoded(vocabulary.firstNames());
        this.lastNamesJson = jsonEncoded(vocabulary.lastNames());
    }

    long titles() {
        return titleIds.count();
    }

    long names() {
        return nameIds.count();
    }

    /** Each item of a table as the inside of a JSON string (quotes and backslashes escaped), in UTF-8. */
    private static byte[][] jsonEncoded(WeightedTable table) {
        byte[][] encoded = new byte[table.size()][];
        for (int i = 0; i < encoded.length; i++) {
            String item = table.item(i).replace("\\", "\\\\").replace("\"", "\\\"");
            encoded[i] = item.getBytes(StandardCharsets.UTF_8);
        }
        return encoded;
    }
}
