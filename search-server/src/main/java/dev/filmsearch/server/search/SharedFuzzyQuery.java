package dev.filmsearch.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeSource;

/**
 * A {@link FuzzyQuery} that shares its Levenshtein automata with the other fuzzy queries of the same word, so a
 * search builds them once per word ({@link Words}) instead of once per field and rewrite: for titles and names,
 * the relaxed second try, a remembered line's terms and the evidence search that runs the query again. Building
 * them was the largest single cost of a search (docs/benchmarks.md). Matching and scoring are FuzzyQuery's own.
 *
 * <p>Lucene keeps a fuzzy query's automata in an attribute of the {@link AttributeSource} it passes to each
 * segment's terms enum, and a terms enum keeps an automaton attribute already there. This query hands over the one
 * the first enum built ({@link Automata}); only that attribute is shared, not the rewrite's boost bookkeeping.
 * Should a Lucene version store the automata differently, nothing is found to share and each query builds its own,
 * as a plain FuzzyQuery does.
 */
final class SharedFuzzyQuery extends FuzzyQuery {
    private static final String AUTOMATON_ATTRIBUTE = "FuzzyTermsEnum$AutomatonAttributeImpl";

    /** The automata of one word (text, edits, prefix), filled by the first of its queries to run. */
    static final class Automata {
        private final List<AttributeImpl> attributes = new ArrayList<>(1);

        synchronized int size() {
            return attributes.size();
        }
    }

    /**
     * The automata of recent searches' words, least recently used dropped first: a word's automata depend on its
     * text, edits and fixed prefix only ({@link #key}; not on the index), so searches that share a word share them.
     * Thread-safe.
     */
    static final class Cache {
        private final Map<String, Automata> recent;

        /** Keeps up to {@code entries} sets of automata, one per key (0: none, every search builds its own). */
        Cache(int entries) {
            this.recent = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Automata> eldest) {
                    return size() > entries;
                }
            };
        }

        synchronized Automata of(String key) {
            return recent.computeIfAbsent(key, k -> new Automata());
        }
    }

    /**
     * The automata of one search's words, by text and edits: every fuzzy query of the same word in that search
     * takes the same {@link Automata}, whatever its field (the automata depend on the text only); with a
     * {@link Cache}, also those of earlier searches. One per search.
     */
    static final class Words {
        private final Map<String, Automata> byWord = new ConcurrentHashMap<>();
        private final Cache cache;

        Words() {
            this(new Cache(0));
        }

        Words(Cache cache) {
            this.cache = cache;
        }

        /** The automata of a word with a prefix of one, as the search's typo matching builds them. */
        Automata of(String text, int edits) {
            return byWord.computeIfAbsent(key(text, edits, 1), cache::of);
        }

        /** How many words have automata built. */
        int built() {
            return (int) byWord.values().stream().filter(a -> a.size() > 0).count();
        }
    }

    /** What a word's automata are kept under: they depend on its text, edits and fixed prefix only. */
    static String key(String text, int edits, int prefixLength) {
        return edits + ":" + prefixLength + ":" + text;
    }

    private final Automata automata;

    SharedFuzzyQuery(Term term, int maxEdits, int prefixLength, int maxExpansions, Automata automata) {
        super(term, maxEdits, prefixLength, maxExpansions, true);
        this.automata = automata;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        synchronized (automata) {
            automata.attributes.forEach(atts::addAttributeImpl);
            TermsEnum found = super.getTermsEnum(terms, atts);
            if (automata.attributes.isEmpty()) {
                atts.getAttributeImplsIterator().forEachRemaining(impl -> {
                    if (impl.getClass().getName().endsWith(AUTOMATON_ATTRIBUTE)) {
                        automata.attributes.add(impl);
                    }
                });
            }
            return found;
        }
    }
}
