package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.model.RecordType;
import dev.filmsearch.schema.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The per-film cap: the groups of a film's reviews and quotes, and the capped top hits over a tiny index. */
class FilmCapTest {
    // ---- FilmGroups

    @Test
    void a_group_keeps_its_best_scoring_record_and_adds_the_counts() throws IOException {
        FilmGroups groups = new FilmGroups();
        groups.add(new FilmGroups.Group("tt1", 4, 1.5f, 2));
        groups.add(new FilmGroups.Group("tt1", 9, 2.5f, 1));
        groups.add(new FilmGroups.Group("tt2", 3, 1.0f, 1));
        assertEquals(new FilmGroups.Group("tt1", 9, 2.5f, 3), groups.groups().get("tt1"));
        assertEquals(2, groups.groups().size());
    }

    @Test
    void on_equal_scores_the_first_record_in_index_order_heads_the_group() {
        assertEquals(7, new FilmGroups.Group("tt1", 12, 2f, 1).merge(new FilmGroups.Group("tt1", 7, 2f, 1)).doc());
        assertEquals(7, new FilmGroups.Group("tt1", 7, 2f, 1).merge(new FilmGroups.Group("tt1", 12, 2f, 1)).doc());
    }

    // ---- FilmCap over an index: doc "id" with score "s" and, for reviews and quotes, of_film

    private static Document doc(String id, int score, String ofFilm) {
        Document d = new Document();
        d.add(new StoredField("id", id));
        d.add(new NumericDocValuesField("s", score));
        if (ofFilm != null) {
            Schema.OF_FILM.addTo(d, ofFilm);
        }
        return d;
    }

    /**
     * Films f1, f2 (no group); reviews and quotes of f1 scoring 9, 7, 5 and one of f2 scoring 3; a person. In two
     * segments, or with {@code split} off in one.
     */
    private static Directory index(boolean split) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.addDocument(doc("f1", 6, null));
            w.addDocument(doc("r1a", 7, "f1"));
            w.addDocument(doc("q1", 9, "f1"));
            if (split) {
                w.commit(); // a second segment: the film's group spans both
            }
            w.addDocument(doc("r1b", 5, "f1"));
            w.addDocument(doc("f2", 4, null));
            w.addDocument(doc("r2", 3, "f2"));
            w.addDocument(doc("p1", 8, null));
        }
        return dir;
    }

    private static final Query BY_SCORE = new FunctionScoreQuery(new MatchAllDocsQuery(),
            DoubleValuesSource.fromIntField("s"));

    private static List<String> search(boolean capped, int window, Map<Integer, Integer> foldedOut, long[] total)
            throws IOException {
        return search(true, capped, window, foldedOut, total);
    }

    private static List<String> search(boolean split, boolean capped, int window, Map<Integer, Integer> foldedOut,
                                       long[] total) throws IOException {
        try (Directory dir = index(split); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertEquals(split ? 2 : 1, reader.leaves().size());
            IndexSearcher searcher = new IndexSearcher(reader);
            FilmCap.Result r = searcher.search(BY_SCORE, new FilmCap(reader, SearchService.sort(SortOrder.RELEVANCE),
                    window, capped));
            total[0] = r.total();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : r.top().scoreDocs) {
                String id = searcher.storedFields().document(sd.doc).get("id");
                ids.add(id);
                if (r.folded().containsKey(sd.doc)) {
                    foldedOut.put(ids.size() - 1, r.folded().get(sd.doc));
                }
            }
            return ids;
        }
    }

    @Test
    void a_film_s_best_review_or_quote_is_its_only_hit_and_counts_the_others() throws IOException {
        Map<Integer, Integer> folded = new java.util.HashMap<>();
        long[] total = new long[1];
        assertEquals(List.of("q1", "p1", "f1", "f2", "r2"), search(true, 10, folded, total));
        assertEquals(Map.of(0, 2), folded);
        assertEquals(5, total[0]);
    }

    @Test
    void in_one_segment_the_groups_are_read_by_ordinal_with_the_same_hits_and_counts() throws IOException {
        Map<Integer, Integer> folded = new java.util.HashMap<>();
        long[] total = new long[1];
        assertEquals(List.of("q1", "p1", "f1", "f2", "r2"), search(false, true, 10, folded, total));
        assertEquals(Map.of(0, 2), folded);
        assertEquals(5, total[0]);
    }

    @Test
    void the_cap_holds_in_a_window_smaller_than_the_matches() throws IOException {
        Map<Integer, Integer> folded = new java.util.HashMap<>();
        assertEquals(List.of("q1", "p1", "f1"), search(true, 3, folded, new long[1]));
    }

    @Test
    void without_the_cap_every_match_is_a_hit() throws IOException {
        Map<Integer, Integer> folded = new java.util.HashMap<>();
        long[] total = new long[1];
        assertEquals(List.of("q1", "p1", "r1a", "f1", "r1b", "f2", "r2"), search(false, 10, folded, total));
        assertEquals(Map.of(), folded);
        assertEquals(7, total[0]);
    }

    // ---- when the cap applies

    private static SearchRequest request(String q, Set<RecordType> types) {
        return new SearchRequest(q, types, List.of(), List.of(), null, List.of(), SortOrder.RELEVANCE, 1, 10);
    }

    @Test
    void the_cap_is_lifted_when_the_request_asks_for_reviews_or_quotes() {
        UserQueryParser parser = new UserQueryParser();
        assertTrue(FilmCap.applies(request("crime", Set.of()), parser.parse("crime")));
        assertTrue(FilmCap.applies(request("crime", Set.of(RecordType.FILM)), parser.parse("crime")));
        assertFalse(FilmCap.applies(request("crime", Set.of(RecordType.QUOTE)), parser.parse("crime")));
        assertFalse(FilmCap.applies(request("crime", Set.of(RecordType.FILM, RecordType.REVIEW)), parser.parse("crime")));
        assertFalse(FilmCap.applies(request("crime type:quote", Set.of()), parser.parse("crime type:quote")));
    }
}
