package dev.filmsearch.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by readers and the catalogue. Case changes always use {@link Locale#ROOT}. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{Alnum}]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Text() {
    }

    /** Trims (including no-break spaces), collapses runs of white space to one space; null when nothing is left. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = SPACES.matcher(text).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }

    /** Lower case without accents: "Patricio Guzmán" → "patricio guzman", "Nuñez" → "nunez". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L')
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The key two titles are compared by: folded, every run of non-letters/digits removed, so
     * "The Godfather: Part II" and "the godfather part ii" match. A leading article is kept.
     */
    public static String titleKey(String title) {
        return NON_ALNUM.matcher(fold(title)).replaceAll("");
    }

    /** URL-safe slug: "Salvador Allende" + 2004 → "salvador-allende-2004"; empty input gives "untitled". */
    public static String slug(String text) {
        String s = NON_ALNUM.matcher(fold(text)).replaceAll("-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "untitled" : s;
    }

    static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }
}
