package dev.filmsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {
    @TempDir
    Path tmp;

    private static final List<Integer> ITEMS = IntStream.range(0, 25_000).boxed().toList();

    private static Document doc(int i) {
        Document d = new Document();
        d.add(new StringField("id", "r" + i, Field.Store.YES));
        d.add(new TextField("text", "record number " + i + (i % 7 == 0 ? " with a longer text to vary sizes" : ""),
                Field.Store.NO));
        return d;
    }

    private List<String> build(String name, int threads) throws IOException {
        Path dir = tmp.resolve(name);
        List<Long> progress = new ArrayList<>();
        try (IndexBuilder builder = new IndexBuilder(dir, threads, tmp.resolve(name + "-parts"))) {
            // three consecutive parts of unequal size, as a build's record types are
            builder.addParts(List.of(IndexBuilder.Source.of(ITEMS.subList(0, 12_000)),
                    IndexBuilder.Source.of(ITEMS.subList(12_000, 13_000)),
                    IndexBuilder.Source.of(ITEMS.subList(13_000, ITEMS.size()))), IndexBuilderTest::doc, progress::add);
            builder.commit(Map.of("builtAt", "test"));
        }
        assertEquals(25_000L, progress.getLast());
        assertEquals(false, java.nio.file.Files.exists(tmp.resolve(name + "-parts")), "the parts are removed");
        List<String> ids = new ArrayList<>();
        try (var d = FSDirectory.open(dir); var reader = DirectoryReader.open(d)) {
            assertEquals(1, reader.leaves().size());
            var stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                ids.add(stored.document(i).get("id"));
            }
        }
        return ids;
    }

    @Test
    void documents_are_numbered_in_part_order_however_many_threads_index_them() throws IOException {
        List<String> expected = ITEMS.stream().map(i -> "r" + i).toList();

        assertEquals(expected, build("one", 1));
        assertEquals(expected, build("two", 2));
        assertEquals(expected, build("three", 3));
    }
}
