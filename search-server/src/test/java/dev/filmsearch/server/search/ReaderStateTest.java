package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.schema.FacetSchema;
import dev.filmsearch.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderStateTest {
    @TempDir
    Path dir;

    private static String table(List<ReaderState.Entry> entries) {
        return entries.stream().map(e -> e.value() + "=" + e.count()).collect(Collectors.joining(", "));
    }

    @Test
    void facet_values_read_from_the_terms_dictionary_have_the_counts_of_counting_every_document() throws IOException {
        try (Directory d = FSDirectory.open(SearchFixture.build(dir)); DirectoryReader reader = DirectoryReader.open(d)) {
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, FacetSchema.config());
            Map<String, List<ReaderState.Entry>> fromTerms = ReaderState.fromTerms(reader, state);
            assertEquals(ReaderState.counted(state), fromTerms);
            ReaderState loaded = ReaderState.load(reader);
            assertEquals("Francis Ford Coppola=8, Patricio Guzmán=5, Alejandro González Iñárritu=1, Ann O'Neil=1,"
                    + " David Cronenberg=1, Paul Haggis=1", table(loaded.entries(FacetSchema.DIRECTOR)));
            assertEquals("film=12, person=11, review=3, quote=2", table(loaded.entries(FacetSchema.TYPE)));
            assertEquals("Drama=11, Crime=8, Documentary=5, Thriller=2, Comedy=1, History=1, War=1",
                    table(loaded.entries(FacetSchema.GENRE)));
            assertEquals("1970s=7, 2000s=4, 1990s=3, 2010s=2, 2020s=1", table(loaded.entries(FacetSchema.DECADE)));
        }
    }

    @Test
    void the_rating_buckets_counted_on_first_use_count_every_rated_record() throws IOException {
        try (Directory d = FSDirectory.open(SearchFixture.build(dir)); DirectoryReader reader = DirectoryReader.open(d)) {
            assertEquals("9..10=5, 8..9=3, 7..8=7, 6..7=1, 5..6=0, 4..5=0, 3..4=0, 2..3=0, 1..2=0, 0..1=0",
                    table(ReaderState.load(reader).entries(FacetSchema.RATING)));
        }
    }

    @Test
    void a_reader_with_deleted_documents_counts_its_values_over_the_documents_left() throws IOException {
        Path generation = SearchFixture.build(dir);
        try (Directory d = FSDirectory.open(generation)) {
            try (IndexWriter writer = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                writer.deleteDocuments(Schema.ID.termQuery("tt0068646")); // The Godfather, a Coppola film
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                assertEquals("Francis Ford Coppola=7, Patricio Guzmán=5, Alejandro González Iñárritu=1, Ann O'Neil=1,"
                        + " David Cronenberg=1, Paul Haggis=1", table(ReaderState.load(reader).entries(FacetSchema.DIRECTOR)));
            }
        }
    }
}
