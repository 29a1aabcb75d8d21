package dev.filmsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class FeatureFieldDefTest {
    @Test
    void a_number_field_of_the_sortable_values_sorts_documents_exactly_as_lucenes_feature_sort_does() throws Exception {
        Random random = new Random(20261202);
        List<Float> values = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            // log1p(votes) + 0.01, as popularity is; neighbours in pairs, so many differ below the kept precision
            float v = (float) Math.log1p(random.nextInt(3_000_000)) + 0.01f;
            values.add(v);
            values.add(Math.nextUp(v));
        }
        try (var dir = new ByteBuffersDirectory();
             var writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (float v : values) {
                Document doc = new Document();
                doc.add(new FeatureField("features", "popularity", v));
                doc.add(new IntPoint("rank", FeatureFieldDef.sortable(v)));
                doc.add(new NumericDocValuesField("rank", FeatureFieldDef.sortable(v)));
                writer.addDocument(doc);
            }
            writer.commit();
            try (var reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int[] byFeature = docs(searcher, new Sort(FeatureField.newFeatureSort("features", "popularity"),
                        SortField.FIELD_DOC));
                int[] byRank = docs(searcher, new Sort(new SortField("rank", SortField.Type.INT, true),
                        SortField.FIELD_DOC));
                assertEquals(values.size(), byFeature.length);
                assertTrue(Arrays.equals(byFeature, byRank), "the same order, ties included");
            }
        }
    }

    @Test
    void sortable_values_keep_eight_bits_of_mantissa_like_the_feature_field() {
        assertEquals(FeatureFieldDef.sortable(1.0f), FeatureFieldDef.sortable(Math.nextUp(1.0f)));
        assertEquals(FeatureFieldDef.sortable(1.0f) + 1, FeatureFieldDef.sortable(1.0f + 1.0f / 256));
        assertEquals(0x3f800000 >>> 15, FeatureFieldDef.sortable(1.0f));
    }

    private static int[] docs(IndexSearcher searcher, Sort sort) throws Exception {
        ScoreDoc[] hits = searcher.search(new MatchAllDocsQuery(), 10_000, sort).scoreDocs;
        return Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
    }
}
