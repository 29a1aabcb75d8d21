package dev.filmsearch.server.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * A {@link DirectSpellChecker} (its default settings, its internal edit-distance score) whose look-alike terms come
 * from typo automata kept across searches ({@link SharedFuzzyQuery.Cache}): the same automata the search's own
 * typo matching builds for the same word. A plain DirectSpellChecker builds them again for each call, for each
 * dictionary field and edit distance, and that was 90% of the did-you-mean's time and 16% of a search's CPU
 * (docs/benchmarks.md). The candidates and their order are DirectSpellChecker's: only the enum's automata are
 * shared. Thread-safe.
 */
final class SharedSpellChecker extends DirectSpellChecker {
    private final SharedFuzzyQuery.Cache automata;

    SharedSpellChecker(SharedFuzzyQuery.Cache automata) {
        this.automata = automata;
    }

    /**
     * The {@code numSug} best terms of the field within {@code editDistance} of the term, by the fuzzy enum's
     * similarity, each held by more than {@code docfreq} records and at least {@code accuracy} similar; the term
     * itself excluded. What {@link DirectSpellChecker} keeps per pass, ranked the same way.
     */
    @Override
    protected Collection<ScoreTerm> suggestSimilar(Term term, int numSug, IndexReader ir, int docfreq,
                                                   int editDistance, float accuracy, CharsRefBuilder spare)
            throws IOException {
        if (getDistance() != INTERNAL_LEVENSHTEIN) {
            return super.suggestSimilar(term, numSug, ir, docfreq, editDistance, accuracy, spare);
        }
        Terms terms = MultiTerms.getTerms(ir, term.field());
        if (terms == null) {
            return List.of();
        }
        int prefix = Math.max(getMinPrefix(), editDistance - 1);
        SharedFuzzyQuery query = new SharedFuzzyQuery(term, editDistance, prefix, MatchPolicy.FUZZY_EXPANSIONS,
                automata.of(SharedFuzzyQuery.key(term.text(), editDistance, prefix)));
        FuzzyTermsEnum candidates = (FuzzyTermsEnum) query.getTermsEnum(terms, new AttributeSource());
        BytesRef typed = term.bytes();
        PriorityQueue<ScoreTerm> best = new PriorityQueue<>(); // the worst kept first
        for (BytesRef candidate = candidates.next(); candidate != null; candidate = candidates.next()) {
            float similarity = candidates.getBoost();
            boolean full = best.size() >= numSug;
            if (full && similarity <= best.peek().boost || typed.bytesEquals(candidate)) {
                continue;
            }
            int df = candidates.docFreq();
            if (df <= docfreq || similarity < accuracy) {
                continue;
            }
            ScoreTerm kept = new ScoreTerm();
            kept.term = BytesRef.deepCopyOf(candidate);
            kept.boost = similarity;
            kept.score = similarity;
            kept.docfreq = df;
            best.offer(kept);
            if (best.size() > numSug) {
                best.poll();
            }
            candidates.setMaxNonCompetitiveBoost(best.size() >= numSug ? best.peek().boost : Float.NEGATIVE_INFINITY);
        }
        return best;
    }
}
