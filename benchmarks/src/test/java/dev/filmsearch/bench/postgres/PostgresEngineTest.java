package dev.filmsearch.bench.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.filmsearch.bench.engine.Answer;
import dev.filmsearch.bench.engine.EngineRequest;
import dev.filmsearch.bench.query.BenchQuery;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresEngineTest {
    private final PostgresEngine engine = new PostgresEngine();

    @Test
    void wordsQueryIsAGetOfTheFrontWithKindWordsAndTheTextEncoded() {
        assertEquals(EngineRequest.get("/search?kind=words&q=the+dark+knigth"),
                engine.search(BenchQuery.words("the dark knigth")));
    }

    @Test
    void phraseQueryAsksForKindPhraseAndKeepsTheApostropheEncoded() {
        assertEquals(EngineRequest.get("/search?kind=phrase&q=here%27s+looking+at+you"),
                engine.search(new BenchQuery(BenchQuery.Kind.PHRASE, "here's looking at you", null, "phrase")));
    }

    @Test
    void directorFilterIsSentAsItsOwnParameter() {
        assertEquals(EngineRequest.get("/search?kind=words&q=war&director=Steven+Spielberg"),
                engine.search(new BenchQuery(BenchQuery.Kind.WORDS, "war", "Steven Spielberg", "director filter")));
    }

    @Test
    void directorWithoutWordsSendsAnEmptyQ() {
        assertEquals(EngineRequest.get("/search?kind=words&q=&director=Pedro+Almod%C3%B3var"),
                engine.search(new BenchQuery(BenchQuery.Kind.WORDS, "", "Pedro Almodóvar", "director filter")));
    }

    @Test
    void answerReadsHitsKeysInOrderAndBothFacets() throws IOException {
        String body = """
                {"hits": 1234, "keys": ["film/tt0000002", "person/nm0000001", "review/r-7"],
                 "genres": {"Western": 40, "Comedy": 3},
                 "directors": {"Ana Pérez": 7}}""";
        Answer a = engine.answer(body);
        assertEquals(1234, a.hits());
        assertEquals(List.of("film/tt0000002", "person/nm0000001", "review/r-7"), a.keys());
        assertEquals(Map.of("Western", 40L, "Comedy", 3L), a.genres());
        assertEquals(Map.of("Ana Pérez", 7L), a.directors());
    }

    @Test
    void answerOfNoMatchesIsZeroHitsAndEmptyFacets() throws IOException {
        Answer a = engine.answer("{\"hits\": 0, \"keys\": [], \"genres\": {}, \"directors\": {}}");
        assertEquals(new Answer(0, List.of(), Map.of(), Map.of()), a);
    }

    @Test
    void answerOfAnErrorBodyFailsWithTheFrontsMessage() {
        IOException e = assertThrows(IOException.class, () -> engine.answer("{\"error\": \"kind must be words\"}"));
        assertEquals("postgres front: kind must be words", e.getMessage());
    }

    @Test
    void loadUrlWithUserHostPortAndDatabaseBecomesTheJdbcUrl() {
        PgUrl url = PgUrl.parse(java.net.URI.create("postgresql://postgres@127.0.0.1:15433/films"));
        assertEquals(new PgUrl("127.0.0.1", 15433, "films", "postgres"), url);
        assertEquals("jdbc:postgresql://127.0.0.1:15433/films", url.jdbcUrl());
    }

    @Test
    void loadUrlWithoutUserOrPortDefaultsToPostgresAnd5432() {
        assertEquals(new PgUrl("localhost", 5432, "films", "postgres"),
                PgUrl.parse(java.net.URI.create("postgresql://localhost/films")));
    }

    @Test
    void loadUrlWithoutADatabaseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PgUrl.parse(java.net.URI.create("postgresql://localhost:5432")));
        assertThrows(IllegalArgumentException.class, () -> PgUrl.parse(java.net.URI.create("http://localhost:5432/films")));
    }
}
