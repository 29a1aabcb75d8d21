package dev.filmsearch.tools.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/** Titles, sentences and paragraphs strung together from a word table. */
public final class TextMaker {
    private TextMaker() {
    }

    public static String title(SplittableRandom random, WeightedTable words) {
        int count = 1 + random.nextInt(4);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                title.append(' ');
            }
            title.append(capitalised(words.pick(random)));
        }
        return title.toString();
    }

    static String sentences(SplittableRandom random, WeightedTable words, int count) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < count; s++) {
            if (s > 0) {
                text.append(' ');
            }
            int length = 5 + random.nextInt(14);
            for (int w = 0; w < length; w++) {
                String word = words.pick(random);
                if (w == 0) {
                    text.append(capitalised(word));
                } else {
                    text.append(' ').append(word);
                }
            }
            text.append('.');
        }
        return text.toString();
    }

    /** One to four paragraphs of sentences, separated by a blank line. */
    static String paragraphs(SplittableRandom random, WeightedTable words) {
        int count = 1 + random.nextInt(4);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            text.append(sentences(random, words, 1 + random.nextInt(5)));
        }
        return text.toString();
    }

    public static String capitalised(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(word, Character.charCount(first), word.length()).toString();
    }

    static String lowerSlug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
