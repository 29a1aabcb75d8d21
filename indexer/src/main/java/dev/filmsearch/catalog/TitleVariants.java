package dev.filmsearch.catalog;

import dev.filmsearch.model.Alias;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The normalised titles ({@link Text#titleKey}) a film is looked up by, each with how it was derived: its title, its
 * original title and aliases, each of those with a trailing article put back in front ("Boot, Das" → "Das Boot",
 * "Godfather: Part II, The" stays as it is, "Lord of the Rings, The: The Two Towers" → "The Lord of the Rings: The
 * Two Towers"), and a title that ends in a parenthesised other title split in two ("El truco final (The Prestige)" →
 * "El truco final" and "The Prestige"; a parenthesis without a letter, such as "(1999)", or one that says what kind
 * of work it is, such as "(film)" or "(TV series)", is only dropped).
 */
public final class TitleVariants {
    /** How a look-up title was derived, from the most plain to the most derived. */
    public enum Kind {
        TITLE, ORIGINAL_OR_ALIAS, INVERTED, PARENTHESES
    }

    /**
     * Articles that sources move behind a title ("Boot, Das"): English, German, French, Spanish, Italian,
     * Portuguese, Dutch and Scandinavian, compared folded.
     */
    static final Set<String> ARTICLES = Set.of("the", "a", "an", "der", "die", "das", "ein", "eine", "le", "la",
            "les", "l'", "un", "une", "el", "los", "las", "il", "lo", "gli", "i", "uno", "una", "o", "os", "as", "um",
            "uma", "de", "het", "een", "den", "det");

    private TitleVariants() {
    }

    /** Every distinct title key of a film, the first derivation of each kept, in a fixed order. */
    public static Map<String, Kind> of(Film film) {
        Map<String, Kind> out = new LinkedHashMap<>();
        add(out, film.title(), Kind.TITLE);
        if (film.originalTitle() != null) {
            add(out, film.originalTitle(), Kind.ORIGINAL_OR_ALIAS);
        }
        for (Alias alias : film.aliases()) {
            add(out, alias.title(), Kind.ORIGINAL_OR_ALIAS);
        }
        return out;
    }

    /** The title keys of one title: its own, then its derived forms. */
    public static Map<String, Kind> of(String title) {
        Map<String, Kind> out = new LinkedHashMap<>();
        add(out, title, Kind.TITLE);
        return out;
    }

    private static void add(Map<String, Kind> out, String title, Kind kind) {
        put(out, title, kind);
        Parenthesised split = parenthesised(title);
        List<String> bases = new ArrayList<>(List.of(title));
        if (split != null) {
            put(out, split.outside(), Kind.PARENTHESES);
            bases.add(split.outside());
            if (split.inside() != null) {
                put(out, split.inside(), Kind.PARENTHESES);
                bases.add(split.inside());
            }
        }
        for (String base : bases) {
            String inverted = uninverted(base);
            if (inverted != null) {
                put(out, inverted, base.equals(title) ? Kind.INVERTED : Kind.PARENTHESES);
            }
        }
    }

    private static void put(Map<String, Kind> out, String title, Kind kind) {
        String key = Text.titleKey(title);
        if (!key.isEmpty()) {
            out.putIfAbsent(key, kind);
        }
    }

    /**
     * "Boot, Das" → "Das Boot"; "Lord of the Rings, The: The Two Towers" → "The Lord of the Rings: The Two Towers";
     * null when the title has no article after its last comma (before a subtitle's colon or dash).
     */
    static String uninverted(String title) {
        int end = subtitleStart(title);
        String head = title.substring(0, end).stripTrailing();
        int comma = head.lastIndexOf(", ");
        if (comma <= 0) {
            return null;
        }
        String article = head.substring(comma + 2).strip();
        if (!ARTICLES.contains(Text.fold(article))) {
            return null;
        }
        String separator = article.endsWith("'") ? "" : " ";
        return article + separator + head.substring(0, comma).strip() + title.substring(end);
    }

    /** Where a subtitle starts (": …" or " - …"), else the end of the title. */
    private static int subtitleStart(String title) {
        int colon = title.indexOf(": ");
        int dash = title.indexOf(" - ");
        int start = title.length();
        if (colon > 0) {
            start = colon;
        }
        if (dash > 0 && dash < start) {
            start = dash;
        }
        return start;
    }

    /** A title and the other title in parentheses at its end (null inside when it holds no letter). */
    record Parenthesised(String outside, String inside) {
    }

    /** "El truco final (The Prestige)" → ("El truco final", "The Prestige"); null when no parenthesis ends it. */
    static Parenthesised parenthesised(String title) {
        String t = title.strip();
        if (!t.endsWith(")")) {
            return null;
        }
        int depth = 0;
        int open = -1;
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                open = i;
                break;
            }
        }
        if (open <= 0) {
            return null;
        }
        String outside = t.substring(0, open).strip();
        String inside = t.substring(open + 1, t.length() - 1).strip();
        if (outside.isEmpty()) {
            return null;
        }
        return new Parenthesised(outside, hasLetter(inside) && !describesKind(inside) ? inside : null);
    }

    /** Words that, last in a parenthesis, say what kind of work a title is ("(film)", "(1933 film)", "(TV series)"). */
    static final Set<String> KIND_WORDS = Set.of("film", "movie", "series", "miniseries", "short", "documentary",
            "video", "serial");

    private static boolean describesKind(String inside) {
        List<String> words = FilmMatch.words(inside);
        return !words.isEmpty() && KIND_WORDS.contains(words.getLast());
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
