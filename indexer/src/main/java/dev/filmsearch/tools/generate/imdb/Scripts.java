package dev.filmsearch.tools.generate.imdb;

import java.util.SplittableRandom;

/**
 * Titles in Japanese and Russian script for the akas of those regions: katakana and Cyrillic syllables strung
 * together. They read as nothing, but they give an index the scripts and byte lengths of real akas.
 */
final class Scripts {
    private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴダデドバビブベボパピプ";
    private static final String[] CYRILLIC = {"ка", "ро", "ми", "на", "ле", "то", "сво", "бо", "да", "ни", "бе",
        "ра", "жи", "зна", "ой", "ый", "ла", "ве", "чь", "по", "ст", "го", "ду", "ша", "мо", "ре", "ть", "ск", "ий"};

    private Scripts() {
    }

    static String katakana(SplittableRandom random) {
        int length = 3 + random.nextInt(6);
        StringBuilder text = new StringBuilder(length + 2);
        for (int i = 0; i < length; i++) {
            text.append(KATAKANA.charAt(random.nextInt(KATAKANA.length())));
            if (i > 0 && i < length - 1 && random.nextInt(8) == 0) {
                text.append(random.nextBoolean() ? 'ー' : '・');
            }
        }
        return text.toString();
    }

    static String cyrillic(SplittableRandom random) {
        int words = 1 + random.nextInt(3);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                String syllable = CYRILLIC[random.nextInt(CYRILLIC.length)];
                text.append(w == 0 && s == 0 ? Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1)
                        : syllable);
            }
        }
        return text.toString();
    }
}
