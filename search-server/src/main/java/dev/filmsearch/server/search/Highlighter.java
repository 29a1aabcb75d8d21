package dev.filmsearch.server.search;

import dev.filmsearch.schema.Analyzers;
import dev.filmsearch.server.search.UserQuery.AnyOf;
import dev.filmsearch.server.search.UserQuery.Clause;
import dev.filmsearch.server.search.UserQuery.FieldText;
import dev.filmsearch.server.search.UserQuery.Phrase;
import dev.filmsearch.server.search.UserQuery.Prefix;
import dev.filmsearch.server.search.UserQuery.Word;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks the words a query matched in a record's text: HTML fragments where each matched word is wrapped in
 * {@code <mark>} and everything else is escaped. A word matches as the index matches it — folded (case and
 * accents ignored), English- or Spanish-stemmed, one edit off for typo tolerance (when the search took typo forms),
 * or by prefix — so what is marked is what made the record a hit. Stop words are not marked in long text. A typo match is the query's own rule
 * ({@link RankedQueryBuilder#maxEdits}, first letter fixed, a transposition one edit), checked by a bounded edit
 * distance per word of the text rather than by building the query's Levenshtein automata again. Thread-safe.
 */
final class Highlighter {
    /** Texts up to this length are returned whole; longer ones as fragments of about this length. */
    static final int FRAGMENT_CHARS = 160;
    static final int MAX_FRAGMENTS = 2;
    private static final String ELLIPSIS = "…";
    /** At most this many words' forms are kept ({@link #forms}; about 200 bytes each). */
    static final int KEPT_FORMS = 50_000;

    private final Analyzer folded = Analyzers.folded();
    private final Analyzer english = Analyzers.english();
    private final Analyzer spanish = Analyzers.spanish();
    /** The words of a text, cut once; and each chain over one word (the schema's Analysis.createForOneWord). */
    private final Analyzer words = dev.filmsearch.schema.Analysis.words();
    private final Analyzer foldedWord = dev.filmsearch.schema.Analysis.FOLDED.createForOneWord();
    private final Analyzer englishWord = dev.filmsearch.schema.Analysis.ENGLISH.createForOneWord();
    private final Analyzer spanishWord = dev.filmsearch.schema.Analysis.SPANISH.createForOneWord();
    /**
     * The forms of recent words of texts, for every query: a word's forms depend on the word only. Emptied when it
     * reaches {@link #KEPT_FORMS} words.
     */
    private final Map<String, Forms> forms = new ConcurrentHashMap<>();

    /** Whether a word of a text is marked: always, only where stop words are, or never. */
    private enum Verdict { MATCH, STOP_WORD, NONE }

    /**
     * The terms of one query, in each analysis, and the verdict on each word of text already judged (a word is
     * judged once per query, however many texts and hits hold it). One per request; not thread-safe.
     */
    static final class Terms {
        private final Set<String> foldedWords = new HashSet<>();
        private final Set<String> foldedStopWords = new HashSet<>();
        private final Set<String> englishTerms = new HashSet<>();
        private final Set<String> spanishTerms = new HashSet<>();
        private final List<String> prefixes = new ArrayList<>();
        private final List<Typo> fuzzy = new ArrayList<>();
        private final Map<String, Verdict> judged = new HashMap<>();

        boolean isEmpty() {
            return foldedWords.isEmpty() && foldedStopWords.isEmpty() && prefixes.isEmpty();
        }
    }

    /** The query's terms; its words' typo forms are marked only when the search took them ({@code typos}). */
    Terms terms(UserQuery query, boolean typos) {
        Terms t = new Terms();
        for (Clause c : query.clauses()) {
            collect(t, c, typos);
        }
        return t;
    }

    private void collect(Terms t, Clause c, boolean typos) {
        switch (c) {
            case Word word -> {
                addWords(t, word.text());
                if (typos) {
                    for (String f : Analysis.terms(folded, "", word.text())) {
                        int edits = MatchPolicy.maxEdits(f);
                        if (edits > 0) {
                            t.fuzzy.add(new Typo(f.codePoints().toArray(), edits));
                        }
                    }
                }
            }
            case Phrase phrase -> addWords(t, phrase.text());
            case FieldText field -> addWords(t, field.text());
            case Prefix prefix -> t.prefixes.addAll(Analysis.terms(folded, "", prefix.text()));
            case AnyOf any -> any.clauses().forEach(member -> collect(t, member, false));
            default -> {
                // exclusions, types and ranges mark nothing
            }
        }
    }

    private void addWords(Terms t, String text) {
        for (String f : Analysis.terms(folded, "", text)) {
            if (MatchPolicy.isStopWord(f)) {
                t.foldedStopWords.add(f);
            } else {
                t.foldedWords.add(f);
                t.englishTerms.addAll(Analysis.terms(english, "", f));
                t.spanishTerms.addAll(Analysis.terms(spanish, "", f));
            }
        }
    }

    /** The whole text with matches marked, or empty when nothing in it matches. For titles and names. */
    List<String> whole(String text, Terms terms) {
        if (text == null || terms.isEmpty()) {
            return List.of();
        }
        boolean[] marked = marks(text, terms, true, Integer.MAX_VALUE);
        return anyMarked(marked) ? List.of(render(text, marked, 0, text.length())) : List.of();
    }

    /**
     * The whole text with matches marked as in long text (stop words unmarked), or empty when nothing in it
     * matches. For a quote, whose text is its hit's title.
     */
    List<String> wholeText(String text, Terms terms) {
        if (text == null || terms.isEmpty()) {
            return List.of();
        }
        boolean[] marked = marks(text, terms, false, Integer.MAX_VALUE);
        return anyMarked(marked) ? List.of(render(text, marked, 0, text.length())) : List.of();
    }

    /** Up to {@link #MAX_FRAGMENTS} fragments around the matches, or empty when nothing matches. For long text. */
    List<String> fragments(String text, Terms terms) {
        if (text == null || terms.isEmpty()) {
            return List.of();
        }
        boolean[] marked = marks(text, terms, false, MAX_FRAGMENTS);
        if (!anyMarked(marked)) {
            return List.of();
        }
        if (text.length() <= FRAGMENT_CHARS) {
            return List.of(render(text, marked, 0, text.length()));
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        while (out.size() < MAX_FRAGMENTS) {
            int first = next(marked, from);
            if (first < 0) {
                break;
            }
            int start = wordStart(text, Math.max(0, first - FRAGMENT_CHARS / 4));
            int end = wordEnd(text, Math.min(text.length(), start + FRAGMENT_CHARS));
            out.add((start > 0 ? ELLIPSIS : "") + render(text, marked, start, end).strip()
                    + (end < text.length() ? ELLIPSIS : ""));
            from = end;
        }
        return out;
    }

    /**
     * How far past its first mark a fragment can end: it starts at most there, and is {@link #FRAGMENT_CHARS}
     * long plus at most 20 chars to finish a word ({@link #wordEnd}).
     */
    private static final int FRAGMENT_REACH = FRAGMENT_CHARS + 20;

    /**
     * For each char of the text, whether it belongs to a matched word. The text is cut into words once; each word
     * is marked when the query matches it as the index would, in the folded, English or Spanish analysis (each
     * chain makes a word's term from the word alone, so this is the same as analysing the whole text three ways).
     *
     * <p>For {@code fragments} fragments only, the words past the last one are not judged. Fragment {@code i}
     * starts at the first mark after fragment {@code i - 1} ends, which is at most {@code reach[i]}: the first
     * mark at least {@link #FRAGMENT_REACH} past {@code reach[i - 1]} (the first mark, for the first). So once a
     * word starts {@code FRAGMENT_REACH} past {@code reach[fragments]}, no fragment holds it.
     */
    private boolean[] marks(String text, Terms terms, boolean withStopWords, int fragments) {
        boolean[] marked = new boolean[text.length()];
        int reached = 0; // fragments whose first mark's bound is known
        int reach = 0; // that bound, for the last of them
        try (TokenStream ts = words.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = offset.startOffset();
                if (reached == fragments && start > reach + FRAGMENT_REACH) {
                    break;
                }
                Verdict verdict = terms.judged.computeIfAbsent(term.toString(), word -> judge(word, terms));
                if (verdict == Verdict.MATCH || withStopWords && verdict == Verdict.STOP_WORD) {
                    mark(marked, start, offset.endOffset());
                    if (reached < fragments && (reached == 0 || start >= reach + FRAGMENT_REACH)) {
                        reached++;
                        reach = start;
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marked;
    }

    /** How the query matches one word of a text: folded as typed, by prefix, by a typo, or stemmed. */
    private Verdict judge(String word, Terms terms) {
        Forms forms = forms(word);
        String f = forms.folded();
        if (f == null) {
            return Verdict.NONE;
        }
        if (terms.foldedWords.contains(f) || startsWithAny(f, terms.prefixes) || fuzzyMatch(f, terms.fuzzy)
                || forms.english() != null && terms.englishTerms.contains(forms.english())
                || forms.spanish() != null && terms.spanishTerms.contains(forms.spanish())) {
            return Verdict.MATCH;
        }
        return terms.foldedStopWords.contains(f) ? Verdict.STOP_WORD : Verdict.NONE;
    }

    /** A word's term in each chain (null where the chain drops it): what the index made of it. */
    private record Forms(String folded, String english, String spanish) {
    }

    private Forms forms(String word) {
        Forms known = forms.get(word);
        if (known != null) {
            return known;
        }
        Forms made = new Forms(oneTerm(foldedWord, word), oneTerm(englishWord, word), oneTerm(spanishWord, word));
        if (forms.size() >= KEPT_FORMS) {
            forms.clear();
        }
        forms.put(word, made);
        return made;
    }

    /** The term a chain over one word makes of it, or null when it drops it. */
    private static String oneTerm(Analyzer chain, String word) {
        try (TokenStream ts = chain.tokenStream("", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : null;
            ts.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWithAny(String term, List<String> prefixes) {
        for (String p : prefixes) {
            if (term.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fuzzyMatch(String term, List<Typo> typos) {
        if (typos.isEmpty()) {
            return false;
        }
        int[] candidate = term.codePoints().toArray();
        for (Typo t : typos) {
            if (t.matches(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A query word and the edits it may be off by, matched as the query's fuzzy form matches (Lucene's
     * {@code FuzzyQuery} with a prefix of one and transpositions): the first code point equal, and the rest
     * within {@code edits} insertions, deletions, substitutions or swaps of two neighbours (optimal string
     * alignment distance).
     */
    record Typo(int[] word, int edits) {
        boolean matches(int[] candidate) {
            if (candidate.length == 0 || candidate[0] != word[0] || Math.abs(candidate.length - word.length) > edits) {
                return false;
            }
            return distanceAtMost(word, candidate, edits);
        }

        /** Whether a[1..] and b[1..] are at most k edits apart; rows stop early once every cell exceeds k. */
        private static boolean distanceAtMost(int[] a, int[] b, int k) {
            int n = a.length - 1;
            int m = b.length - 1;
            int[] before = new int[m + 1];
            int[] previous = new int[m + 1];
            int[] current = new int[m + 1];
            for (int j = 0; j <= m; j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= n; i++) {
                current[0] = i;
                int rowMin = i;
                for (int j = 1; j <= m; j++) {
                    int cost = a[i] == b[j] ? 0 : 1;
                    int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i] == b[j - 1] && a[i - 1] == b[j]) {
                        d = Math.min(d, before[j - 2] + 1);
                    }
                    current[j] = d;
                    rowMin = Math.min(rowMin, d);
                }
                if (rowMin > k) {
                    return false;
                }
                int[] spare = before;
                before = previous;
                previous = current;
                current = spare;
            }
            return previous[m] <= k;
        }
    }

    private static void mark(boolean[] marked, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, marked.length); i++) {
            marked[i] = true;
        }
    }

    private static boolean anyMarked(boolean[] marked) {
        return next(marked, 0) >= 0;
    }

    private static int next(boolean[] marked, int from) {
        for (int i = from; i < marked.length; i++) {
            if (marked[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The text between start and end, escaped, with each marked run wrapped in {@code <mark>}. */
    private static String render(String text, boolean[] marked, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start + 32);
        boolean open = false;
        for (int i = start; i < end; i++) {
            if (marked[i] != open) {
                sb.append(marked[i] ? "<mark>" : "</mark>");
                open = marked[i];
            }
            escape(sb, text.charAt(i));
        }
        if (open) {
            sb.append("</mark>");
        }
        return sb.toString();
    }

    static void escape(StringBuilder sb, char c) {
        switch (c) {
            case '&' -> sb.append("&amp;");
            case '<' -> sb.append("&lt;");
            case '>' -> sb.append("&gt;");
            case '"' -> sb.append("&quot;");
            case '\'' -> sb.append("&#39;");
            default -> sb.append(c);
        }
    }

    private static int wordStart(String text, int i) {
        if (i == 0) {
            return 0;
        }
        int j = i;
        while (j > 0 && !Character.isWhitespace(text.charAt(j - 1)) && i - j < 20) {
            j--;
        }
        return j > 0 && !Character.isWhitespace(text.charAt(j - 1)) ? i : j;
    }

    private static int wordEnd(String text, int i) {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && j - i < 20) {
            j++;
        }
        return j;
    }

}
