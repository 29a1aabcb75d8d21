package dev.filmsearch.server.search;

import dev.filmsearch.model.Text;
import dev.filmsearch.schema.FacetSchema;
import java.util.function.Predicate;

/**
 * Which facet values a facet search's prefix finds ({@code GET /api/facets/{name}?prefix=}), for every engine:
 * values with a word starting with the folded prefix (case and accents ignored); rating buckets ("8..9") from
 * their start only; an empty prefix finds all.
 */
public final class FacetPrefix {
    private FacetPrefix() {
    }

    /** A test of folded values ({@code Text.fold}) for the prefix of a search in {@code facet}. */
    public static Predicate<String> matcher(String facet, String prefix) {
        String p = prefix == null ? "" : Text.fold(prefix).strip();
        if (p.isEmpty()) {
            return folded -> true;
        }
        return facet.equals(FacetSchema.RATING) ? folded -> folded.startsWith(p) : folded -> startsWord(folded, p);
    }

    private static boolean startsWord(String folded, String prefix) {
        int i = folded.indexOf(prefix);
        while (i >= 0) {
            if (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1))) {
                return true;
            }
            i = folded.indexOf(prefix, i + 1);
        }
        return false;
    }
}
