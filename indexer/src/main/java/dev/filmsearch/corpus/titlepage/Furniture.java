package dev.filmsearch.corpus.titlepage;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture: the links, buttons and widgets of a title page that say nothing about the film ("Watch Now",
 * "See more »", the "1 2 3 … 10" rating widget, lines of pipes). Works on cleaned lines ({@link PageLine#text()}).
 * {@link #isFurniture} says whether a whole line is furniture; {@link #strip} removes link text trailing a line
 * that also holds data ("1 win & 2 nominations. See more awards »" → "1 win & 2 nominations.").
 */
final class Furniture {
    private static final Set<String> LINES = Set.of(
            "watch now", "learn more", "x", "edit", "add review", "review this title", "recent posts",
            "message boards", "contribute to this page", "create a character page for:", "add synopsis",
            "was this review helpful to you?", "rest of cast listed alphabetically:", "see all my reviews",
            "getting started | contributor zone »", "clear your history");

    private static final List<Pattern> PATTERNS = List.of(
            // nothing but pipes, arrows and dashes: the remains of emptied link lists
            Pattern.compile("[|»\\s–—-]+"),
            // the star-rating widget, with or without a rating: "1 2 3 4 5 6 7 8 9 10 8.3/10 X"
            Pattern.compile("1 2 3 4 5 6 7 8 9 10(?: (?:\\d{1,2}(?:\\.\\d+)?|-)/10)?(?: X)?"),
            Pattern.compile("From \\$\\S+ on .+"),
            Pattern.compile("This FAQ is empty\\b.*"),
            Pattern.compile("Plot Summary(?: \\|.*)?"),
            // link lines: a verb, some words, an arrow ("See all 12 user reviews »", "Show detailed on »")
            Pattern.compile("(?:See|Show|Learn|Add|Edit|View|Explore|Discuss)\\b.*»"));

    private static final Pattern TRAILING_LINK = Pattern.compile(
            "\\s*(?:\\|\\s*)?(?:(?:See|Show|View)\\b[^»]{0,40}|\\d+ more credits?)?\\s*»\\s*$"
                    + "|\\s*[–—-]?\\s*See all my reviews\\s*$"
                    + "|\\s*Was this review helpful to you\\?\\s*$"
                    + "|\\s*See more awards\\s*$");

    private Furniture() {
    }

    /** True when the whole (cleaned, non-null) line is furniture. */
    static boolean isFurniture(String line) {
        if (LINES.contains(line.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Pattern p : PATTERNS) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return strip(line).isEmpty();
    }

    /** The line without trailing link furniture, trimmed; empty when nothing else was on it. */
    static String strip(String line) {
        String s = line;
        String before;
        do {
            before = s;
            s = TRAILING_LINK.matcher(s).replaceFirst("").strip();
        } while (!s.equals(before) && !s.isEmpty());
        return s;
    }
}
