package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SharedSpellCheckerTest {
    private static final String[] WORDS = {"godfather", "godmother", "godfrey", "goodfellas", "gladiator",
        "gladiators", "glad", "gladys", "casablanca", "casa", "casanova", "cassandra", "amelie", "amelia", "amadeus",
        "star", "stars", "start", "stare", "starr", "stark", "starling", "stardust", "war", "wars", "ward", "warm"};

    /** Each word in several records, at different frequencies, over several segments. */
    private static Directory index() throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < WORDS.length; i++) {
                for (int copy = 0; copy <= i % 4; copy++) {
                    Document doc = new Document();
                    doc.add(new TextField("title", WORDS[i], Field.Store.NO));
                    w.addDocument(doc);
                }
                if (i % 7 == 0) {
                    w.commit();
                }
            }
        }
        return dir;
    }

    @Test
    void the_shared_spell_checker_suggests_what_a_direct_spell_checker_suggests_in_the_same_order()
            throws IOException {
        List<String> typos = new ArrayList<>(List.of("godfahter", "gladiater", "casablnca", "stra", "starw",
                "warz", "amelei", "godfathr", "glady", "cassanova", "xyzzy"));
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) { // random typos of the vocabulary: an edit or two past the first letter
            char[] w = WORDS[random.nextInt(WORDS.length)].toCharArray();
            for (int e = 0; e <= random.nextInt(2); e++) {
                w[1 + random.nextInt(w.length - 1)] = (char) ('a' + random.nextInt(26));
            }
            typos.add(new String(w));
        }
        try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
            DirectSpellChecker plain = new DirectSpellChecker();
            SharedSpellChecker shared = new SharedSpellChecker(new SharedFuzzyQuery.Cache(8));
            int withSuggestions = 0;
            for (String typo : typos) {
                for (int numSug : new int[] {1, 3, 20}) {
                    SuggestWord[] expected = plain.suggestSimilar(new Term("title", typo), numSug, reader,
                            SuggestMode.SUGGEST_ALWAYS);
                    SuggestWord[] actual = shared.suggestSimilar(new Term("title", typo), numSug, reader,
                            SuggestMode.SUGGEST_ALWAYS);
                    assertEquals(describe(expected), describe(actual), typo + ", " + numSug);
                    withSuggestions += expected.length > 0 ? 1 : 0;
                }
            }
            assertTrue(withSuggestions > 300, "most typos have look-alikes: " + withSuggestions);
            // one transposition in nine letters: 1 - 1/9; held by one record
            assertEquals("[godfather 0.8888889 1]", describe(shared.suggestSimilar(new Term("title", "godfahter"), 1,
                    reader, SuggestMode.SUGGEST_ALWAYS)));
        }
    }

    @Test
    void a_word_asked_again_takes_the_automata_kept_from_the_first_time_for_each_edit_distance() throws IOException {
        try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
            SharedFuzzyQuery.Cache cache = new SharedFuzzyQuery.Cache(8);
            SharedSpellChecker shared = new SharedSpellChecker(cache);
            shared.suggestSimilar(new Term("title", "gladiater"), 5, reader, SuggestMode.SUGGEST_ALWAYS);
            // one pass at one edit, then, with fewer candidates than wanted, one at two: both kept
            assertEquals(1, cache.of(SharedFuzzyQuery.key("gladiater", 1, 1)).size());
            assertEquals(1, cache.of(SharedFuzzyQuery.key("gladiater", 2, 1)).size());
            // the search's typo matching of the same word at two edits takes the same automata
            assertEquals(1, new SharedFuzzyQuery.Words(cache).of("gladiater", 2).size());
        }
    }

    private static String describe(SuggestWord[] words) {
        return Arrays.toString(Arrays.stream(words).map(w -> w.string + " " + w.score + " " + w.freq).toArray());
    }
}
