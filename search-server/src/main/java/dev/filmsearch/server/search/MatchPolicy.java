package dev.filmsearch.server.search;

import dev.filmsearch.server.search.UserQuery.AnyOf;
import dev.filmsearch.server.search.UserQuery.Clause;
import dev.filmsearch.server.search.UserQuery.Phrase;
import dev.filmsearch.server.search.UserQuery.Prefix;
import dev.filmsearch.server.search.UserQuery.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;

/**
 * The match policy of free text, in one place for every engine's query builder and for the highlighter: which
 * words are stop words (they only add score), how many typos a word may have, how many words get typo tolerance,
 * when typos are tried at all ({@link #wantsTypos}), how many words a relaxed second try needs, what the query's
 * free text is (for the exact-title bonus) and which words are years. Pure.
 */
public final class MatchPolicy {
    private MatchPolicy() {
    }

    /** Words after this many get no typo tolerance (each fuzzy word expands to up to {@link #FUZZY_EXPANSIONS} terms). */
    public static final int MAX_FUZZY_WORDS = 8;
    public static final int FUZZY_EXPANSIONS = 20;
    /**
     * A search first matches its words as typed; only when that finds fewer records than this are their typo forms
     * tried as well (as Typesense's {@code typo_tokens_threshold}). A word that is a real word but the wrong one
     * ("forest gump") finds a few records as typed, so the threshold is not 1. Tuned on the relevance suite
     * (docs/relevance.md).
     */
    public static final int TYPO_THRESHOLD = 10;

    /**
     * What a word's typo alternative holds, in the fields that take typos and at the typo weight: nothing (words
     * past {@link #MAX_FUZZY_WORDS}, members of an OR), the word as typed (a search before its typo forms are
     * tried, so that an exact match scores as it does when they are), or the word's typo forms.
     */
    public enum TypoSlot { NONE, AS_TYPED, FORMS }
    private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final CharArraySet SPANISH_STOP = SpanishAnalyzer.getDefaultStopSet();

    /** How many of {@code required} clauses a relaxed query needs: all but one up to 3, then 60% (rounded up). */
    public static int relaxedMinimum(int required) {
        return required <= 3 ? Math.max(1, required - 1) : (int) Math.ceil(required * 0.6);
    }

    /** Whether a relaxed second try could find more: at least two clauses a record must match. */
    public static boolean canRelax(UserQuery userQuery) {
        int n = 0;
        for (Clause c : userQuery.clauses()) {
            if (c instanceof Word word && !isStopWord(word.text()) || c instanceof Phrase || c instanceof Prefix
                    || c instanceof AnyOf) {
                n++;
            }
        }
        return n >= 2;
    }

    /**
     * Whether a search whose words as typed matched {@code exactTotal} records is tried again with typo forms:
     * fewer than {@link #TYPO_THRESHOLD}, and a word of the query long enough to take a typo.
     */
    public static boolean wantsTypos(UserQuery userQuery, long exactTotal) {
        if (exactTotal >= TYPO_THRESHOLD) {
            return false;
        }
        List<Word> words = topLevelWords(userQuery);
        for (Word word : words.subList(0, Math.min(MAX_FUZZY_WORDS, words.size()))) {
            if (maxEdits(word.text()) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Edits a word may be off by and still match: none under 4 letters, 1 up to 7, 2 from 8. */
    public static int maxEdits(String folded) {
        int n = folded.codePointCount(0, folded.length());
        return n < 4 ? 0 : n < 8 ? 1 : 2;
    }

    /** The words, phrases and prefixes of the query in order: what an exact title would be. */
    public static String freeText(UserQuery userQuery) {
        StringBuilder sb = new StringBuilder();
        for (Clause c : userQuery.clauses()) {
            String part = switch (c) {
                case Word word -> word.text();
                case Phrase phrase -> phrase.text();
                case Prefix prefix -> prefix.text();
                default -> null;
            };
            if (part != null) {
                sb.append(sb.isEmpty() ? "" : " ").append(part);
            }
        }
        return sb.toString();
    }

    public static List<Word> topLevelWords(UserQuery userQuery) {
        List<Word> words = new ArrayList<>();
        for (Clause c : userQuery.clauses()) {
            if (c instanceof Word word) {
                words.add(word);
            }
        }
        return words;
    }

    /** An English or Spanish stop word ("the", "el"): it adds score but is not required. */
    public static boolean isStopWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ENGLISH_STOP.contains(lower) || SPANISH_STOP.contains(lower);
    }

    /** The year a folded word names (four digits from 1870 to 2100), else null. */
    public static Integer yearOf(String folded) {
        if (folded.length() == 4 && folded.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(folded);
            return y >= 1870 && y <= 2100 ? y : null;
        }
        return null;
    }
}
