package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small text rules of title pages: prose, lists, credit qualifiers, IMDb's {@code _Title (1975)_} markup. */
final class PageText {
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\((?=[\\p{Ll}\\d])[^()]*\\)");
    private static final Pattern TITLE_MARKUP = Pattern.compile("(?<![\\p{L}\\p{N}_])_([^_\\n]+?)_(?![\\p{L}\\p{N}_])");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…\"'”’)]$");
    private static final int PROSE_MIN_WORDS = 5;

    private PageText() {
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** A sentence or more of running text: at least five words ending in sentence punctuation. */
    static boolean isProse(String text) {
        return words(text) >= PROSE_MIN_WORDS && SENTENCE_END.matcher(text).matches();
    }

    /** "A, B | C" split on the given separator characters, each part cleaned, empty parts dropped. */
    static List<String> split(String text, String separators) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("[" + Pattern.quote(separators) + "]")) {
            String p = Text.clean(part);
            if (p != null) {
                parts.add(p);
            }
        }
        return parts;
    }

    /**
     * Drops IMDb credit qualifiers: parenthesised groups starting with a lower-case letter or a digit, such as
     * "(voice)", "(archive footage)", "(as Isabel Allende)", "(uncredited)", "(2 episodes, 2005)";
     * null when nothing is left.
     */
    static String withoutQualifiers(String text) {
        return Text.clean(QUALIFIER.matcher(text).replaceAll(""));
    }

    /** IMDb's title-link markup "_Batalla de Chile, La (1975)_" → "Batalla de Chile, La (1975)". */
    static String withoutTitleMarkup(String text) {
        return TITLE_MARKUP.matcher(text).replaceAll("$1");
    }

    /** Paragraphs joined with a blank line; null when there are none. */
    static String joinParagraphs(List<String> paragraphs) {
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }
}
