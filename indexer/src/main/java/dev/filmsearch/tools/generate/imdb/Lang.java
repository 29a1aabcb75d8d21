package dev.filmsearch.tools.generate.imdb;

import java.util.SplittableRandom;

/** A title's original language: English titles, Spanish ones (Spanish words), and Japanese and Russian script. */
enum Lang {
    EN, ES, JA, RU;

    /** 80% English, 10% Spanish (one in eight, as in the JSON Lines generator, rounded), 5% each Japanese, Russian. */
    static Lang draw(SplittableRandom random) {
        int roll = random.nextInt(20);
        return roll < 16 ? EN : roll < 18 ? ES : roll == 18 ? JA : RU;
    }
}
