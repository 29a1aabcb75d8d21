package dev.filmsearch.catalog;

import dev.filmsearch.catalog.TitleVariants.Kind;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a film read later is the same film as an earlier one found by a shared title key, and under which rule.
 * They share a normalised title (title, original title, alias, or a form of one, {@link TitleVariants}) and years at
 * most one apart; then, in this order:
 * <ol>
 *   <li>two different IMDb {@code tt} ids are two films;</li>
 *   <li>a director of each who is the same person ({@link #samePerson}: folded names equal, the same last word, or
 *       every word of one in the other), or a director of one credited on the other as a writer or cast member
 *       (a co-director listed in another role), makes them one; so do, a year apart, a cast member of each with the same
 *       folded name, and at the same year, where the directors differ, {@link #CO_DIRECTED_SHARED_CAST} such cast
 *       members (co-directed films whose sources each name a different director);</li>
 *   <li>else runtimes that agree ({@link #runtimesAgree}) make them one (sources that list a different one of two
 *       co-directors, or different parts of the cast);</li>
 *   <li>else, when both name directors, or both list cast members, they are two films;</li>
 *   <li>else nothing contradicts the title and year, and they are one film. Runtimes alone never keep two films
 *       apart: on the shared corpus the sources' runtimes of the same film differ by up to 50%.</li>
 * </ol>
 */
final class FilmMatch {
    static final int RUNTIME_TOLERANCE_MINUTES = 5;
    /**
     * Cast members two records of one title and year must share to be one film although their directors differ:
     * sources credit different co-directors of one film ("The Lion King" 1994: Roger Allers in one, Rob Minkoff in
     * the other), while two films of one title and year rarely share one actor, let alone two.
     */
    static final int CO_DIRECTED_SHARED_CAST = 2;

    /** Merge rules, as counted in the build summary; the labels are the docs' names. */
    enum Rule {
        SAME_ID("same id"),
        TITLE("title and year"),
        TITLE_YEAR_OFF("title, year ±1"),
        ORIGINAL_OR_ALIAS("original title or alias"),
        ORIGINAL_OR_ALIAS_YEAR_OFF("original title or alias, year ±1"),
        INVERTED("inverted title"),
        INVERTED_YEAR_OFF("inverted title, year ±1"),
        PARENTHESES("title in parentheses"),
        PARENTHESES_YEAR_OFF("title in parentheses, year ±1");

        final String label;

        Rule(String label) {
            this.label = label;
        }

        static Rule of(Kind kind, boolean yearOff) {
            return switch (kind) {
                case TITLE -> yearOff ? TITLE_YEAR_OFF : TITLE;
                case ORIGINAL_OR_ALIAS -> yearOff ? ORIGINAL_OR_ALIAS_YEAR_OFF : ORIGINAL_OR_ALIAS;
                case INVERTED -> yearOff ? INVERTED_YEAR_OFF : INVERTED;
                case PARENTHESES -> yearOff ? PARENTHESES_YEAR_OFF : PARENTHESES;
            };
        }
    }

    /** Why a film that shares a title key and a year (±1) with another is kept apart from it. */
    enum Miss {
        IMDB_IDS("different IMDb ids"),
        DIRECTORS("directors disagree"),
        CAST("casts disagree");

        final String label;

        Miss(String label) {
            this.label = label;
        }
    }

    private FilmMatch() {
    }

    /** Null when the two may be one film, else why not. */
    static Miss conflict(Film earlier, Film later, boolean yearOff) {
        if (FilmMerger.isImdb(earlier.id()) && FilmMerger.isImdb(later.id()) && !earlier.id().equals(later.id())) {
            return Miss.IMDB_IDS;
        }
        boolean directors = !earlier.directors().isEmpty() && !later.directors().isEmpty();
        boolean casts = !earlier.cast().isEmpty() && !later.cast().isEmpty();
        if (directors && (shareDirector(earlier.directors(), later.directors())
                || creditedOtherwise(earlier.directors(), later) || creditedOtherwise(later.directors(), earlier))) {
            return null;
        }
        int shared = casts && (yearOff || directors) ? sharedCast(earlier.cast(), later.cast()) : 0;
        if (shared >= (yearOff ? 1 : CO_DIRECTED_SHARED_CAST)) {
            return null;
        }
        boolean runtimes = earlier.runtimeMinutes() != null && later.runtimeMinutes() != null
                && runtimesAgree(earlier.runtimeMinutes(), later.runtimeMinutes());
        if (runtimes) {
            return null;
        }
        return directors ? Miss.DIRECTORS : yearOff && casts ? Miss.CAST : null;
    }

    /** Within {@link #RUNTIME_TOLERANCE_MINUTES} minutes or a tenth of the longer, whichever is more. */
    static boolean runtimesAgree(int a, int b) {
        int tolerance = Math.max(RUNTIME_TOLERANCE_MINUTES, Math.max(a, b) / 10);
        return Math.abs(a - b) <= tolerance;
    }

    private static boolean shareDirector(List<Credit> a, List<Credit> b) {
        for (Credit x : a) {
            List<String> xs = words(x.name());
            for (Credit y : b) {
                if (samePerson(xs, words(y.name()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether one of {@code directors} is credited on {@code film} as a writer or cast member: a co-director that
     * source lists in another role ("The Lion King" 1994: Rob Minkoff as a star in one source, the director in
     * another; "Sin City": Robert Rodriguez in the cast list).
     */
    private static boolean creditedOtherwise(List<Credit> directors, Film film) {
        List<Credit> others = new ArrayList<>(film.writers());
        for (CastMember c : film.cast()) {
            others.add(new Credit(c.personId(), c.name()));
        }
        return shareDirector(directors, others);
    }

    /**
     * Two spellings of one director's name: the same letters ("Danny DeVito", "Danny De Vito"), the same last word
     * ("Joel Coen", "Ethan Coen": the brothers direct together) or last words of six letters or more one letter
     * apart ("Konchalovskiy", "Konchalovsky"), or every word of the shorter in the longer ("Bong Joon Ho",
     * "Joon-ho Bong"; "Angelina Jolie", "Angelina Jolie Pitt").
     */
    static boolean samePerson(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.getLast().equals(b.getLast()) || String.join("", a).equals(String.join("", b))
                || oneEditApart(a.getLast(), b.getLast())) {
            return true;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        return new HashSet<>(longer).containsAll(shorter);
    }

    /** One letter added, dropped or changed, in words of six letters or more. */
    static boolean oneEditApart(String a, String b) {
        if (Math.min(a.length(), b.length()) < 6 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i && j < b.length() - i
                && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return Math.max(a.length(), b.length()) - i - j <= 1;
    }

    /** How many cast members of {@code b} have the folded name of one of {@code a}'s. */
    private static int sharedCast(List<CastMember> a, List<CastMember> b) {
        Set<String> names = new HashSet<>();
        for (CastMember c : a) {
            names.add(Text.titleKey(c.name()));
        }
        int shared = 0;
        for (CastMember c : b) {
            if (names.remove(Text.titleKey(c.name()))) {
                shared++;
            }
        }
        return shared;
    }

    /** The folded words (runs of letters and digits) of a name. */
    static List<String> words(String name) {
        String folded = Text.fold(name);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            out.add(word.toString());
        }
        return out;
    }
}
