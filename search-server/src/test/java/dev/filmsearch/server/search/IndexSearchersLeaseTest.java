package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.build.RecordsIndexer;
import dev.filmsearch.model.Film;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, item 8: another writer of the folder never deletes the generation a server is answering from. */
class IndexSearchersLeaseTest {
    @TempDir
    Path index;

    private Path build(String title) throws IOException {
        return RecordsIndexer.index(index, List.of(Film.builder(title).year(2001).votes(10L).build()),
                SearchFixture.BUILT_AT);
    }

    @Test
    void the_served_generation_outlives_other_writers_builds_and_goes_with_the_first_build_after_its_swap()
            throws IOException {
        Path served = build("Amores perros");
        try (IndexSearchers searchers = new IndexSearchers(served)) {
            SearchService service = new SearchService(searchers, new SearchConfig(SearchConfig.NO_BUDGET, 20));
            build("Y tu mamá también");
            build("Children of Men");
            build("Roma");

            assertTrue(Files.isDirectory(served));
            assertEquals(List.of("gen-000001", "gen-000003", "gen-000004"), generations());
            assertEquals("amores-perros-2001", service.search(SearchFixture.query("amores")).hits().getFirst().id());

            try (IndexSearchers.Lease underWay = searchers.acquire()) {
                searchers.swap(index.resolve("gen-000004"));
                build("Gravity");
                assertTrue(Files.isDirectory(served), "a request under way still reads it");
                assertEquals(1, underWay.searcher().getIndexReader().numDocs());
            }
            build("Birdman");

            assertEquals(List.of("gen-000004", "gen-000005", "gen-000006"), generations());
            assertEquals("roma-2001", service.search(SearchFixture.query("")).hits().getFirst().id());
            assertEquals(1, leases(), "one lease: on the generation now served");
        }
        assertEquals(0, leases(), "closing gives the last lease back");
    }

    private long leases() throws IOException {
        try (Stream<Path> files = Files.list(index.resolve(".readers"))) {
            return files.filter(p -> p.toString().endsWith(".lease")).count();
        }
    }

    private List<String> generations() throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }
}
