package dev.filmsearch.bench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.bench.query.BenchQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilmsearchEngineTest {
    private final FilmsearchEngine engine = new FilmsearchEngine();

    @Test
    void words_phrases_and_director_filters_become_api_search_requests() {
        assertEquals(EngineRequest.get("/api/search?size=10&q=star+wars"),
                engine.search(new BenchQuery(BenchQuery.Kind.WORDS, "star wars", null, "w")));
        assertEquals(EngineRequest.get("/api/search?size=10&q=%22may+the+force%22"),
                engine.search(new BenchQuery(BenchQuery.Kind.PHRASE, "may the force", null, "p")));
        assertEquals(EngineRequest.get("/api/search?size=10&q=war&director=Steven+Spielberg"),
                engine.search(new BenchQuery(BenchQuery.Kind.WORDS, "war", "Steven Spielberg", "d")));
    }

    @Test
    void reads_total_hit_keys_and_genre_and_director_counts() throws Exception {
        String body = """
                {"query":"war","total":42,"hits":[{"type":"film","id":"tt1"},{"type":"review","id":"r9"}],
                 "facets":{"type":[{"value":"film","count":40}],"genre":[{"value":"War","count":30},
                 {"value":"Drama","count":12}],"director":[{"value":"Steven Spielberg","count":7}]}}""";
        assertEquals(new Answer(42, List.of("film/tt1", "review/r9"), Map.of("War", 30L, "Drama", 12L),
                Map.of("Steven Spielberg", 7L)), engine.answer(body));
    }
}
