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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunnable;

/**
 * Marks the words a query matched in a record's text: HTML fragments where each matched word is wrapped in
 * {@code <mark>} and everything else is escaped. A word matches as the index matches it — folded (case and
 * accents ignored), English- or Spanish-stemmed, one edit off for typo tolerance, or by prefix — so what is marked
 * is what made the record a hit. Stop words are not marked in long text. Thread-safe.
 */
final class Highlighter {
    /** Texts up to this length are returned whole; longer ones as fragments of about this length. */
    static final int FRAGMENT_CHARS = 160;
    static final int MAX_FRAGMENTS = 2;
    private static final String ELLIPSIS = "…";

    private final Analyzer folded = Analyzers.folded();
    private final Analyzer english = Analyzers.english();
    private final Analyzer spanish = Analyzers.spanish();

    /** The terms of one query, in each analysis. */
    static final class Terms {
        private final Set<String> foldedWords = new HashSet<>();
        private final Set<String> foldedStopWords = new HashSet<>();
        private final Set<String> englishTerms = new HashSet<>();
        private final Set<String> spanishTerms = new HashSet<>();
        private final List<String> prefixes = new ArrayList<>();
        private final List<ByteRunnable> fuzzy = new ArrayList<>();

        boolean isEmpty() {
            return foldedWords.isEmpty() && foldedStopWords.isEmpty() && prefixes.isEmpty();
        }
    }

    Terms terms(UserQuery query) {
        Terms t = new Terms();
        for (Clause c : query.clauses()) {
            collect(t, c);
        }
        return t;
    }

    private void collect(Terms t, Clause c) {
        switch (c) {
            case Word word -> {
                addWords(t, word.text());
                for (String f : Analysis.terms(folded, "", word.text())) {
                    int edits = RankedQueryBuilder.maxEdits(f);
                    if (edits > 0) {
                        t.fuzzy.add(FuzzyQuery.getFuzzyAutomaton(f, edits, 1, true).getByteRunnable());
                    }
                }
            }
            case Phrase phrase -> addWords(t, phrase.text());
            case FieldText field -> addWords(t, field.text());
            case Prefix prefix -> t.prefixes.addAll(Analysis.terms(folded, "", prefix.text()));
            case AnyOf any -> any.clauses().forEach(member -> collect(t, member));
            default -> {
                // exclusions, types and ranges mark nothing
            }
        }
    }

    private void addWords(Terms t, String text) {
        for (String f : Analysis.terms(folded, "", text)) {
            if (RankedQueryBuilder.isStopWord(f)) {
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
        boolean[] marked = marks(text, terms, true);
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
        boolean[] marked = marks(text, terms, false);
        return anyMarked(marked) ? List.of(render(text, marked, 0, text.length())) : List.of();
    }

    /** Up to {@link #MAX_FRAGMENTS} fragments around the matches, or empty when nothing matches. For long text. */
    List<String> fragments(String text, Terms terms) {
        if (text == null || terms.isEmpty()) {
            return List.of();
        }
        boolean[] marked = marks(text, terms, false);
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

    /** For each char of the text, whether it belongs to a matched word. */
    private boolean[] marks(String text, Terms terms, boolean withStopWords) {
        boolean[] marked = new boolean[text.length()];
        try (TokenStream ts = folded.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String f = term.toString();
                if (terms.foldedWords.contains(f) || withStopWords && terms.foldedStopWords.contains(f)
                        || startsWithAny(f, terms.prefixes) || fuzzyMatch(f, terms.fuzzy)) {
                    mark(marked, offset.startOffset(), offset.endOffset());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        markAnalyzed(english, text, terms.englishTerms, marked);
        markAnalyzed(spanish, text, terms.spanishTerms, marked);
        return marked;
    }

    private static void markAnalyzed(Analyzer analyzer, String text, Set<String> wanted, boolean[] marked) {
        if (wanted.isEmpty()) {
            return;
        }
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (wanted.contains(term.toString())) {
                    mark(marked, offset.startOffset(), offset.endOffset());
                }
            }
            ts.end();
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

    private static boolean fuzzyMatch(String term, List<ByteRunnable> automata) {
        if (automata.isEmpty()) {
            return false;
        }
        BytesRef bytes = new BytesRef(term);
        for (ByteRunnable a : automata) {
            if (a.run(bytes.bytes, bytes.offset, bytes.length)) {
                return true;
            }
        }
        return false;
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
