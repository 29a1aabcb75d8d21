package dev.filmsearch.bench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryFileTest {
    @Test
    void reads_words_phrases_and_director_filters_and_skips_comments() {
        List<BenchQuery> qs = QueryFile.parse(List.of("# comment", "", "single word\twords\tgodfather\t",
                "phrase\tphrase\tmay the force\t", "director filter\twords\t\tChristopher Nolan"), "q.tsv");
        assertEquals(List.of(new BenchQuery(BenchQuery.Kind.WORDS, "godfather", null, "single word"),
                new BenchQuery(BenchQuery.Kind.PHRASE, "may the force", null, "phrase"),
                new BenchQuery(BenchQuery.Kind.WORDS, "", "Christopher Nolan", "director filter")), qs);
    }

    @Test
    void a_bad_line_is_an_error_naming_its_line() {
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> QueryFile.parse(List.of("# c", "x\tfuzzy\tgodfather\t"), "q.tsv"));
        assertEquals("q.tsv:2: kind must be words or phrase, not 'fuzzy'", kind.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> QueryFile.parse(List.of("x\twords\t\t"), "q.tsv"));
        assertEquals("q.tsv:1: a benchmark query needs words or a director", empty.getMessage());
    }

    @Test
    void the_project_query_file_has_31_searches_of_every_kind() throws Exception {
        Path file = Path.of(System.getProperty("filmsearch.project.dir", ".."), "bench", "peers", "queries.tsv");
        List<BenchQuery> qs = QueryFile.read(file);
        assertEquals(31, qs.size());
        assertEquals(4, qs.stream().filter(q -> q.kind() == BenchQuery.Kind.PHRASE).count());
        assertEquals(4, qs.stream().filter(q -> q.director() != null).count());
    }
}
