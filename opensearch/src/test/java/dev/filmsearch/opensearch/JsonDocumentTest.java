package dev.filmsearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.catalog.FilmFame;
import dev.filmsearch.catalog.FilmSummary;
import dev.filmsearch.catalog.LinkedRecord;
import dev.filmsearch.index.DocumentMapper;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Review;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDocumentTest {
    private static final Film FILM = Film.builder("The Godfather").id("tt0068646").year(1972).rating(9.2)
            .votes(2_000_000L).genre("Crime").genre("Drama").director("Francis Ford Coppola")
            .castMember("Marlon Brando", "Vito Corleone").castMember("Al Pacino", "Michael Corleone")
            .plot("The aging patriarch of an organized crime dynasty transfers control to his son.").build();

    private static JsonDocument map(LinkedRecord record) {
        JsonDocument doc = new JsonDocument();
        new DocumentMapper().map(record, doc);
        return doc;
    }

    @Test
    void a_film_is_keyed_by_type_and_id_with_its_values_once_or_as_arrays_in_order() {
        JsonDocument doc = map(LinkedRecord.alone(FILM));
        Map<String, Object> source = doc.source();
        assertEquals("film/tt0068646", doc.id());
        assertEquals("film", source.get("type"));
        assertEquals("The Godfather", source.get("title"));
        assertEquals(List.of("Francis Ford Coppola", "Marlon Brando", "Al Pacino"), source.get("names"));
        assertEquals(List.of("Vito Corleone", "Michael Corleone"), source.get("characters"));
        assertEquals("thegodfather", source.get("title_key"));
        assertEquals(1972, source.get("year"));
        assertEquals(9.2, source.get("rating"));
        assertEquals(2_000_000L, source.get("votes"));
        assertEquals("movie", source.get("title_type"));
    }

    @Test
    void facets_and_ranking_signals_go_under_their_own_objects() {
        Map<String, Object> source = map(LinkedRecord.alone(FILM)).source();
        assertEquals(Map.of("type", "film", "title_type", "movie", "director", "Francis Ford Coppola",
                "genre", List.of("Crime", "Drama"), "year", "1972", "decade", "1970s"), source.get("facets"));
        assertEquals(Map.of("rating", 9.2f, "popularity", (float) Math.log1p(2_000_000) + 0.01f),
                source.get("features"));
    }

    @Test
    void a_review_carries_its_films_facets_and_language() {
        Review review = new Review("r-1", FILM.id(), "The Godfather", 1972, "Una obra maestra", "Ana", null, null,
                10.0, null, null, "La mejor película de Coppola.", Language.ES);
        Map<String, Object> source = map(new LinkedRecord(review, FilmSummary.of(FILM), null)).source();
        assertEquals("es", source.get("language"));
        assertEquals(List.of("Una obra maestra", "La mejor película de Coppola."), source.get("text_es"));
        assertEquals("tt0068646", source.get("of_film"));
        assertEquals(10.0, source.get("review_rating"));
        assertEquals(Map.of("type", "review", "director", "Francis Ford Coppola", "genre", List.of("Crime", "Drama"),
                "year", "1972", "decade", "1970s"), source.get("facets"));
    }

    @Test
    void a_person_keeps_the_positions_of_their_best_known_films() {
        Person person = new Person("nm0000008", "Marlon Brando", List.of("actor"), 1924, 2004,
                List.of(new PersonFilm(FILM.id(), "The Godfather", 1972, "actor", "Vito Corleone")));
        JsonDocument doc = map(new LinkedRecord(person, null, List.of(new FilmFame(2_000_000, 9.2, 1.0))));
        assertEquals("person/nm0000008", doc.id());
        assertEquals(0, doc.source().get("known_for"));
        assertEquals(2_000_000L, doc.source().get("votes"));
    }
}
