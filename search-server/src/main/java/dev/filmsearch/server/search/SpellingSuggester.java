package dev.filmsearch.server.search;

import dev.filmsearch.schema.Analyzers;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.server.search.UserQuery.AnyOf;
import dev.filmsearch.server.search.UserQuery.Clause;
import dev.filmsearch.server.search.UserQuery.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean", from the index's own terms (nothing is built per request). A word of the query that is in none of
 * the searched fields is replaced by the closest word of the titles and names (DirectSpellChecker: up to two
 * edits; the nearest, then the most frequent). When the query found few hits, a word that is in the index but
 * rare in titles and names is also replaced by a close title or name word at least {@link #MORE_POPULAR} times as
 * frequent as the word is in any searched field ("crush" → "crash"; a genre word such as "drama" stays). Returns the query text with those words replaced, or null when nothing was replaced.
 * Thread-safe.
 */
final class SpellingSuggester {
    /** How many times more frequent a replacement for a known word must be. */
    static final int MORE_POPULAR = 5;
    private static final List<String> DICTIONARY_FIELDS = List.of(Fields.TITLE, Fields.NAMES);
    private static final List<String> KNOWN_IN = List.of(Fields.TITLE, Fields.ALT_TITLE, Fields.NAMES,
            Fields.CHARACTERS, Fields.GENRE_TEXT, Fields.TEXT_EN, Fields.TEXT_ES, Fields.TITLE_EN, Fields.TITLE_ES);

    private final Analyzer analyzer = Analyzers.perField();
    private final DirectSpellChecker checker = new DirectSpellChecker();

    /**
     * @param fewHits whether the query found few hits: then known but rare words may be replaced too
     */
    String suggest(IndexReader reader, UserQuery query, String text, boolean fewHits) throws IOException {
        List<Word> words = new ArrayList<>();
        collectWords(query.clauses(), words);
        StringBuilder out = new StringBuilder(text);
        boolean changed = false;
        for (int i = words.size() - 1; i >= 0; i--) { // right to left, so earlier offsets stay valid
            Word word = words.get(i);
            if (MatchPolicy.isStopWord(word.text()) || word.end() > text.length()
                    || word.text().chars().allMatch(Character::isDigit)) { // a year or a number is never a typo
                continue;
            }
            String folded = normalize(Fields.TITLE, word.text());
            String correction = null;
            if (records(reader, word.text(), true) == 0) {
                correction = correction(reader, folded, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, 0);
            } else if (fewHits) {
                // only title and name words: a word known from plots or reviews alone is left as it is; and a
                // replacement must be more popular than the word is anywhere ("drama", a genre of hundreds of
                // films, is never turned into the title word "dream")
                int freq = reader.docFreq(new Term(Fields.TITLE, folded)) + reader.docFreq(new Term(Fields.NAMES, folded));
                correction = freq == 0 ? null : correction(reader, folded, SuggestMode.SUGGEST_MORE_POPULAR,
                        Math.max(freq, records(reader, word.text(), false)) * MORE_POPULAR);
            }
            if (correction != null) {
                out.replace(word.start(), word.end(), correction);
                changed = true;
            }
        }
        return changed ? out.toString() : null;
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

    /**
     * The most records the word is in over the searched fields, 0 for a word the index does not know; with
     * {@code any}, the count of the first field that has it (every search asks whether its words are known, so
     * that answer stops at the first field).
     */
    private int records(IndexReader reader, String word, boolean any) throws IOException {
        int most = 0;
        for (String field : KNOWN_IN) {
            for (String term : Analysis.terms(analyzer, field, word)) {
                most = Math.max(most, reader.docFreq(new Term(field, term)));
                if (any && most > 0) {
                    return most;
                }
            }
        }
        return most;
    }

    private String correction(IndexReader reader, String folded, SuggestMode mode, int minFreq) throws IOException {
        SuggestWord best = null;
        for (String field : DICTIONARY_FIELDS) {
            for (SuggestWord s : checker.suggestSimilar(new Term(field, folded), 3, reader, mode)) {
                if (s.freq < minFreq || s.string.equals(folded)) {
                    continue;
                }
                if (best == null || s.score > best.score || s.score == best.score && s.freq > best.freq) {
                    best = s;
                }
            }
        }
        return best == null ? null : best.string;
    }

    private String normalize(String field, String word) {
        BytesRef b = analyzer.normalize(field, word);
        return b.utf8ToString();
    }
}
