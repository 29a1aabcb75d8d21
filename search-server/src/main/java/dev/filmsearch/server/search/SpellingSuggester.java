package dev.filmsearch.server.search;

import dev.filmsearch.schema.Analyzers;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.server.search.UserQuery.AnyOf;
import dev.filmsearch.server.search.UserQuery.Clause;
import dev.filmsearch.server.search.UserQuery.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean", from the index's own terms and the query's first hit (nothing is built per request). A word is
 * left as typed when the first hit holds it as typed (case and accents aside) in its title, names or characters,
 * or through a stemmed field (plots, reviews, stemmed titles) with no look-alike in its title or names: a query
 * whose first hit matches every word so gets no suggestion, and "pulp fiction" never becomes "paul fiction".
 * Otherwise the word is compared with the closest words of the titles and names (DirectSpellChecker: up to two
 * edits, first letter kept):
 * <ul>
 *   <li>a word that no searched field holds is replaced by the closest, preferring one the first hit holds, then
 *       the nearest, then the most frequent;</li>
 *   <li>a word that the index holds but the first hit does not (a typo that some plot or review also makes:
 *       "forest gump") is replaced only by a close word that the first hit's title or names hold: the word the
 *       typo matching found;</li>
 *   <li>a word the first hit holds only through a stemmer is replaced by a word of its title or names of the
 *       same length and the same stem ("gladiater" and "gladiator" both stem to "gladiat"; "toys" and "toy" do
 *       too, but an inflection changes the length and is left alone).</li>
 * </ul>
 * The last two replace a word the index knows, and only when the first hit then holds every word of the query as
 * corrected ("weatherman lives the same day", a relaxed match, keeps "same" though its first hit is a Sam's): a
 * correct word is never turned into another word the index merely knows. Returns the query text with those
 * words replaced, or null when nothing was replaced. Thread-safe.
 */
final class SpellingSuggester {
    /** How many close words of each dictionary field are weighed. */
    private static final int CANDIDATES = 20;
    private static final List<String> DICTIONARY_FIELDS = List.of(Fields.TITLE, Fields.NAMES);
    /** Searched fields that keep words as typed (folded). */
    private static final List<String> AS_TYPED = List.of(Fields.TITLE, Fields.ALT_TITLE, Fields.NAMES,
            Fields.CHARACTERS);
    /** Searched fields that stem their words. */
    private static final List<String> STEMMED = List.of(Fields.GENRE_TEXT, Fields.TEXT_EN, Fields.TEXT_ES,
            Fields.TITLE_EN, Fields.TITLE_ES);

    private final Analyzer analyzer = Analyzers.perField();
    private final DirectSpellChecker checker;

    /** @param automata the typo automata kept across searches, which the look-alike words are found with */
    SpellingSuggester(SharedFuzzyQuery.Cache automata) {
        this.checker = new SharedSpellChecker(automata);
    }

    /**
     * @param top the global ids of the query's hits in the order listed (only the first is looked in)
     */
    String suggest(IndexSearcher searcher, UserQuery query, String text, int[] top) throws IOException {
        List<Word> words = new ArrayList<>();
        collectWords(query.clauses(), words);
        FirstHit first = new FirstHit(searcher, top);
        IndexReader reader = searcher.getIndexReader();
        List<Fix> fixes = new ArrayList<>();
        List<Word> checked = new ArrayList<>();
        boolean allHeld = true; // whether the first hit holds every word, as corrected
        for (Word word : words) {
            if (MatchPolicy.isStopWord(word.text()) || word.end() > text.length()
                    || word.text().chars().allMatch(Character::isDigit)) { // a year or a number is never a typo
                continue;
            }
            List<Term> typed = terms(AS_TYPED, word.text());
            List<Term> stemmed = terms(STEMMED, word.text());
            if (typed.isEmpty() && stemmed.isEmpty()) {
                continue;
            }
            if (query.clauses().contains(word)) { // a word of an OR group need not be in the same record
                checked.add(word);
            }
            if (first.holds(anyOf(typed))) {
                continue;
            }
            String folded = normalize(word.text());
            if (first.holds(anyOf(stemmed))) {
                String same = sameStem(reader, folded, stemmed, first);
                if (same != null) {
                    fixes.add(new Fix(word, same, false));
                }
                continue;
            }
            boolean known = known(reader, typed) || known(reader, stemmed);
            String correction = correction(reader, folded, first, known);
            if (correction == null) {
                allHeld = false;
                continue;
            }
            allHeld &= known || first.holds(anyOf(terms(DICTIONARY_FIELDS, correction)));
            fixes.add(new Fix(word, correction, !known));
        }
        boolean knownToo = allHeld;
        fixes.removeIf(fix -> !fix.unknownWord() && !knownToo);
        if (fixes.isEmpty() || !checked.isEmpty() && !someRecordHoldsAll(searcher, checked, fixes)) {
            return null;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = fixes.size() - 1; i >= 0; i--) { // right to left, so earlier offsets stay valid
            Fix fix = fixes.get(i);
            out.replace(fix.word().start(), fix.word().end(), fix.replacement());
        }
        return out.toString();
    }

    /**
     * Whether one record holds every checked word (the query's own, not those of OR groups) as corrected (as typed
     * or stemmed, in any searched field): a suggestion that finds nothing whole ("meryl streep" → "morel street" where no record has both) is no help.
     */
    private boolean someRecordHoldsAll(IndexSearcher searcher, List<Word> checked, List<Fix> fixes)
            throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Word word : checked) {
            String text = fixes.stream().filter(f -> f.word() == word).map(Fix::replacement).findFirst()
                    .orElse(word.text());
            List<Term> terms = terms(AS_TYPED, text);
            terms.addAll(terms(STEMMED, text));
            all.add(anyOf(terms), BooleanClause.Occur.FILTER);
        }
        return searcher.count(all.build()) > 0;
    }

    /**
     * A word's replacement. Words the index does not know are always replaced; known words only when the first
     * hit holds the whole query as corrected (else a relaxed match that misses a word would have it turned into
     * a look-alike of the first hit's: "same" into "sam").
     */
    private record Fix(Word word, String replacement, boolean unknownWord) {
    }

    private static void collectWords(List<Clause> clauses, List<Word> words) {
        for (Clause c : clauses) {
            if (c instanceof Word word) {
                words.add(word);
            } else if (c instanceof AnyOf any) {
                collectWords(any.clauses(), words);
            }
        }
        words.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** The word as each of the fields analyses it (none when every field drops it). */
    private List<Term> terms(List<String> fields, String word) {
        List<Term> out = new ArrayList<>();
        for (String field : fields) {
            for (String term : Analysis.terms(analyzer, field, word)) {
                out.add(new Term(field, term));
            }
        }
        return out;
    }

    private static Query anyOf(List<Term> terms) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.forEach(t -> any.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** Whether some record holds one of the terms. */
    private static boolean known(IndexReader reader, List<Term> terms) throws IOException {
        for (Term t : terms) {
            if (reader.docFreq(t) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The closest title or name word; with {@code known}, only one the first hit holds. Among the candidates, one
     * the first hit holds wins, then the higher DirectSpellChecker score (closeness), then the more frequent.
     */
    private String correction(IndexReader reader, String folded, FirstHit first, boolean known) throws IOException {
        SuggestWord best = null;
        boolean bestHeld = false;
        for (String field : DICTIONARY_FIELDS) {
            for (SuggestWord s : checker.suggestSimilar(new Term(field, folded), CANDIDATES, reader,
                    SuggestMode.SUGGEST_ALWAYS)) {
                if (s.string.equals(folded)) {
                    continue;
                }
                boolean held = first.holds(new TermQuery(new Term(field, s.string)));
                if (known && !held) {
                    continue;
                }
                if (best == null || held && !bestHeld || held == bestHeld
                        && (s.score > best.score || s.score == best.score && s.freq > best.freq)) {
                    best = s;
                    bestHeld = held;
                }
            }
        }
        return best == null ? null : best.string;
    }

    /**
     * The first hit's title or name word of the word's length that some stemmed field stems as it stems the word,
     * the closest; null when there is none.
     */
    private String sameStem(IndexReader reader, String folded, List<Term> stemmed, FirstHit first)
            throws IOException {
        SuggestWord best = null;
        for (String field : DICTIONARY_FIELDS) {
            for (SuggestWord s : checker.suggestSimilar(new Term(field, folded), CANDIDATES, reader,
                    SuggestMode.SUGGEST_ALWAYS)) {
                if (s.string.equals(folded) || s.string.length() != folded.length()
                        || !first.holds(new TermQuery(new Term(field, s.string)))
                        || Collections.disjoint(terms(STEMMED, s.string), stemmed)) {
                    continue;
                }
                if (best == null || s.score > best.score || s.score == best.score && s.freq > best.freq) {
                    best = s;
                }
            }
        }
        return best == null ? null : best.string;
    }

    private String normalize(String word) {
        BytesRef b = analyzer.normalize(Fields.TITLE, word);
        return b.utf8ToString();
    }

    /** The query's first hit, asked whether a query matches it. */
    private static final class FirstHit {
        private final IndexSearcher searcher;
        private final LeafReaderContext leaf;
        private final int doc;

        FirstHit(IndexSearcher searcher, int[] top) {
            this.searcher = searcher;
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            this.leaf = top.length == 0 ? null : leaves.get(ReaderUtil.subIndex(top[0], leaves));
            this.doc = top.length == 0 ? -1 : top[0] - leaf.docBase;
        }

        boolean holds(Query query) throws IOException {
            if (leaf == null) {
                return false;
            }
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
            return weight.matches(leaf, doc) != null;
        }
    }
}
