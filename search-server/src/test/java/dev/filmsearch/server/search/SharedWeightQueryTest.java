package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedWeightQueryTest {
    @TempDir
    Path dir;

    private static final Query WORDS = new BooleanQuery.Builder()
            .add(new TermQuery(new Term("title", "godfather")), Occur.SHOULD)
            .add(new TermQuery(new Term("names", "pacino")), Occur.SHOULD).build();

    @Test
    void scoring_passes_on_its_reader_share_one_weight_and_others_make_their_own() throws IOException {
        try (FSDirectory directory = FSDirectory.open(SearchFixture.build(dir));
             DirectoryReader reader = DirectoryReader.open(directory);
             DirectoryReader other = DirectoryReader.open(directory)) {
            IndexSearcher one = new IndexSearcher(reader);
            IndexSearcher two = new IndexSearcher(reader); // another searcher of the same reader: the page's
            SharedWeightQuery shared = new SharedWeightQuery(one.rewrite(WORDS), reader);
            assertSame(shared.createWeight(one, ScoreMode.COMPLETE, 1f), shared.createWeight(two, ScoreMode.COMPLETE, 1f));
            assertNotSame(shared.createWeight(one, ScoreMode.COMPLETE, 1f),
                    shared.createWeight(one, ScoreMode.COMPLETE_NO_SCORES, 1f));
            assertNotSame(shared.createWeight(one, ScoreMode.COMPLETE, 1f), shared.createWeight(one, ScoreMode.COMPLETE, 2f));
            assertNotSame(shared.createWeight(one, ScoreMode.COMPLETE, 1f),
                    shared.createWeight(new IndexSearcher(other), ScoreMode.COMPLETE, 1f));
            assertSame(shared, one.rewrite(shared));
            // the same hits and scores as the query itself, alone and nested
            assertEquals(hits(one, WORDS), hits(one, shared));
            Query nested = new BooleanQuery.Builder().add(shared, Occur.MUST)
                    .add(new TermQuery(new Term("type", "film")), Occur.FILTER).build();
            Query plainNested = new BooleanQuery.Builder().add(WORDS, Occur.MUST)
                    .add(new TermQuery(new Term("type", "film")), Occur.FILTER).build();
            assertEquals(hits(two, plainNested), hits(two, nested));
            assertEquals(4, one.search(shared, 10).scoreDocs.length);
        }
    }

    private static String hits(IndexSearcher searcher, Query q) throws IOException {
        ScoreDoc[] docs = searcher.search(q, 20).scoreDocs;
        return Arrays.toString(Arrays.stream(docs).map(d -> d.doc + ":" + d.score).toArray());
    }
}
