package dev.filmsearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingFinderTest {
    @TempDir
    Path tmp;

    private Path write(String relative, String text) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void a_data_file_takes_the_mapping_beside_it_else_the_one_for_its_data_set_and_name() throws IOException {
        write("corpus/aclimdb-reviews/aclimdb_reviews.jsonl", "{}\n");
        write("corpus/quotes/movie_quotes.csv", "a\n1\n");
        write("corpus/quotes/movie_quotes.mapping.json", "{}");
        write("corpus/other/aclimdb_reviews.jsonl", "{}\n");
        write("corpus/films.jsonl", "{}\n");
        Path shared = write("mappings/shared/aclimdb-reviews/aclimdb_reviews.mapping.json", "{}");
        write("mappings/shared/quotes/movie_quotes.mapping.json", "{}");
        // a second one for the same set and name, later in path order, is not taken
        write("mappings/user/aclimdb-reviews/aclimdb_reviews.mapping.json", "{}");

        MappingFinder finder = new MappingFinder(List.of(tmp.resolve("mappings"), tmp.resolve("absent")));
        CorpusScanner.Scan scan = new CorpusScanner(head -> false, finder).scan(tmp.resolve("corpus"));

        Map<String, String> mappingBySource = new HashMap<>();
        scan.sources().forEach(s -> mappingBySource.put(s.name(), s.mapping() == null ? "none" : s.mapping().name()));
        assertEquals(Map.of(
                "aclimdb-reviews/aclimdb_reviews.jsonl", shared.toString(),
                "quotes/movie_quotes.csv", "quotes/movie_quotes.mapping.json",
                "other/aclimdb_reviews.jsonl", "none",
                "films.jsonl", "none"), mappingBySource);
    }
}
