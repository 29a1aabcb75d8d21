package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SharedFuzzyQueryTest {
    private static Directory index() throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String[] d : new String[][] {{"godfather", "mario puzo"}, {"the godmother", "godfrey"},
                    {"goodfellas", "godfather fan"}, {"casablanca", "michael curtiz"}}) {
                Document doc = new Document();
                doc.add(new TextField("title", d[0], Field.Store.NO));
                doc.add(new TextField("names", d[1], Field.Store.NO));
                w.addDocument(doc);
                w.commit();   // one segment per document: the automata are reused across segments too
            }
        }
        return dir;
    }

    @Test
    void queries_of_one_word_build_their_automata_once_and_match_as_fuzzy_queries_do() throws IOException {
        try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SharedFuzzyQuery.Automata automata = new SharedFuzzyQuery.Automata();
            for (String field : new String[] {"title", "names"}) {
                Query shared = new SharedFuzzyQuery(new Term(field, "godfahter"), 2, 1, 20, automata);
                Query plain = new FuzzyQuery(new Term(field, "godfahter"), 2, 1, 20, true);
                TopDocs a = searcher.search(shared, 10);
                TopDocs b = searcher.search(plain, 10);
                assertArrayEquals(docs(b), docs(a), field);
                assertArrayEquals(scores(b), scores(a), 0f, field);
            }
            assertEquals(1, automata.size());
            // among the titles only "godfather" is within two edits (one transposition) of "godfahter"
            assertEquals(1, searcher.count(new SharedFuzzyQuery(new Term("title", "godfahter"), 2, 1, 20, automata)));
            assertEquals(1, automata.size());
        }
    }

    @Test
    void the_fuzzy_queries_of_one_search_take_one_set_of_automata_per_word_whatever_the_field() throws IOException {
        try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SharedFuzzyQuery.Words words = new SharedFuzzyQuery.Words();
            // the main query's title and names, then the relaxed retry's title: the same word, the same automata
            assertEquals(1, searcher.count(new SharedFuzzyQuery(new Term("title", "godfahter"), 2, 1, 20,
                    words.of("godfahter", 2))));
            assertEquals(1, searcher.count(new SharedFuzzyQuery(new Term("names", "godfahter"), 2, 1, 20,
                    words.of("godfahter", 2))));
            assertEquals(1, searcher.count(new SharedFuzzyQuery(new Term("title", "godfahter"), 2, 1, 20,
                    words.of("godfahter", 2))));
            assertEquals(1, words.built());
            assertEquals(1, words.of("godfahter", 2).size());
            // another word has automata of its own
            assertEquals(1, searcher.count(new SharedFuzzyQuery(new Term("title", "casablnca"), 2, 1, 20,
                    words.of("casablnca", 2))));
            assertEquals(2, words.built());
        }
    }

    @Test
    void a_later_search_takes_the_automata_of_a_recent_word_and_builds_those_of_a_word_dropped_from_the_cache()
            throws IOException {
        try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SharedFuzzyQuery.Cache cache = new SharedFuzzyQuery.Cache(1);
            SharedFuzzyQuery.Words first = new SharedFuzzyQuery.Words(cache);
            assertEquals(1, searcher.count(new SharedFuzzyQuery(new Term("title", "godfahter"), 2, 1, 20,
                    first.of("godfahter", 2))));
            assertEquals(1, new SharedFuzzyQuery.Words(cache).of("godfahter", 2).size()); // built, kept
            SharedFuzzyQuery.Words other = new SharedFuzzyQuery.Words(cache);
            assertEquals(1, searcher.count(new SharedFuzzyQuery(new Term("title", "casablnca"), 2, 1, 20,
                    other.of("casablnca", 2))));
            assertEquals(1, new SharedFuzzyQuery.Words(cache).of("casablnca", 2).size());
            assertEquals(0, new SharedFuzzyQuery.Words(cache).of("godfahter", 2).size()); // dropped: one word kept
            assertEquals(0, new SharedFuzzyQuery.Words(new SharedFuzzyQuery.Cache(0)).of("casablnca", 2).size());
        }
    }

    private static int[] docs(TopDocs t) {
        return Arrays.stream(t.scoreDocs).mapToInt(sd -> sd.doc).toArray();
    }

    private static float[] scores(TopDocs t) {
        float[] out = new float[t.scoreDocs.length];
        for (int i = 0; i < out.length; i++) {
            ScoreDoc sd = t.scoreDocs[i];
            out[i] = sd.score;
        }
        return out;
    }
}
