package dev.filmsearch.server;

import static dev.filmsearch.server.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordPagesIT extends FixtureApp {
    private static void assertJson(HttpClient client, String path, String expected) {
        Response res = client.get(path);
        assertEquals(200, res.code(), path);
        assertEquals(List.of("application/json"), res.headers().get("Content-Type"));
        assertEquals(json(expected), json(res));
    }

    private static void assertNotFound(HttpClient client, String path, String detail) {
        Response res = client.get(path);
        assertEquals(404, res.code(), path);
        assertEquals(List.of("application/problem+json"), res.headers().get("Content-Type"));
        assertEquals(json("{\"type\":\"not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"" + detail
                + "\"}"), json(res));
    }

    @Test
    void film_page_shows_the_film_with_cast_reviews_most_helpful_first_quotes_and_the_film_sharing_its_director_and_star() {
        JavalinTest.test(app.javalin(), (server, client) -> assertJson(client, "/api/films/tt9000004", """
                {"film": {"id": "tt9000004", "title": "The Godfather", "originalTitle": null, "year": 1972,
                          "releaseDate": "1972-03-24", "releaseCountry": "United States", "genres": ["Crime", "Drama"],
                          "directors": [{"personId": "francis-ford-coppola", "name": "Francis Ford Coppola"}],
                          "writers": [{"personId": "mario-puzo", "name": "Mario Puzo"}],
                          "cast": [{"personId": "marlon-brando", "name": "Marlon Brando", "character": "Vito Corleone"},
                                   {"personId": "al-pacino", "name": "Al Pacino", "character": "Michael Corleone"}],
                          "rating": 9.2, "votes": 2000000, "runtimeMinutes": null, "languages": [], "countries": [],
                          "plot": "The aging patriarch of an organized crime dynasty transfers control to his son.",
                          "keywords": [], "awards": null, "related": []},
                 "spanishTitle": null, "episodes": null,
                 "alsoLiked": [{"id": "tt9000005", "title": "The Godfather Part III", "year": 1990, "rating": 7.6,
                                "directors": ["Francis Ford Coppola"], "sharedDirectors": ["Francis Ford Coppola"],
                                "sharedCast": ["Al Pacino"], "sharedGenres": ["Crime", "Drama"]}],
                 "reviews": {"total": 2, "items": [
                     {"id": "r-fixture-1", "filmId": "tt9000004", "filmTitle": "The Godfather", "filmYear": 1972,
                      "headline": "An offer you cannot refuse", "author": "critic1", "authorLocation": "London",
                      "date": "2001-05-06", "rating": 10.0, "helpfulVotes": 16, "helpfulTotal": 19,
                      "body": "The best crime film ever made.", "language": "en"},
                     {"id": "r-fixture-2", "filmId": "tt9000004", "filmTitle": "The Godfather", "filmYear": 1972,
                      "headline": "Too long", "author": "critic2", "authorLocation": null, "date": "2003-01-02",
                      "rating": 6.0, "helpfulVotes": 2, "helpfulTotal": 10, "body": "Slow, but well acted.",
                      "language": "en"}]},
                 "quotes": {"total": 1, "items": [
                     {"id": "q-fixture-1", "filmId": "tt9000004", "filmTitle": "The Godfather", "filmYear": 1972,
                      "speaker": "Vito Corleone", "text": "I'm gonna make him an offer he can't refuse.",
                      "language": "en"}]}}
                """));
    }

    @Test
    void film_page_lists_related_films_and_a_review_attached_by_title() {
        JavalinTest.test(app.javalin(), (server, client) -> assertJson(client, "/api/films/tt9000001", """
                {"film": {"id": "tt9000001", "title": "Salvador Allende", "originalTitle": null, "year": 2004,
                          "releaseDate": null, "releaseCountry": null, "genres": ["Documentary", "Biography"],
                          "directors": [{"personId": "nm9000001", "name": "Patricio Guzmán"}], "writers": [],
                          "cast": [{"personId": "salvador-allende", "name": "Salvador Allende", "character": "Self"}],
                          "rating": 7.6, "votes": 1200, "runtimeMinutes": 100, "languages": ["Spanish"],
                          "countries": ["Chile"], "plot": "The life and works of Chilean president Salvador Allende.",
                          "keywords": [], "awards": null,
                          "related": [{"id": "tt9000002", "title": "The Battle of Chile", "year": 1975, "rating": 8.3,
                                       "genres": ["Documentary"], "plot": null, "directors": ["Patricio Guzmán"],
                                       "stars": []}]},
                 "spanishTitle": null, "episodes": null, "alsoLiked": [],
                 "reviews": {"total": 1, "items": [
                     {"id": "r-fixture-3", "filmId": "tt9000001", "filmTitle": "Salvador Allende", "filmYear": 2004,
                      "headline": "Un retrato necesario", "author": "crítico", "authorLocation": "Santiago",
                      "date": null, "rating": 8.0, "helpfulVotes": null, "helpfulTotal": null,
                      "body": "Un documental necesario sobre la vida de Allende.", "language": "es"}]},
                 "quotes": {"total": 0, "items": []}}
                """));
    }

    @Test
    void person_page_lists_films_by_role_newest_first_with_their_ratings() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertJson(client, "/api/people/nm9000001", """
                    {"person": {"id": "nm9000001", "name": "Patricio Guzmán", "professions": ["director"],
                                "birthYear": null, "deathYear": null},
                     "filmsByRole": {"director": [
                         {"id": "tt9000003", "title": "Nostalgia for the Light", "year": 2010, "character": null,
                          "rating": 7.9, "votes": 5600},
                         {"id": "tt9000001", "title": "Salvador Allende", "year": 2004, "character": null,
                          "rating": 7.6, "votes": 1200},
                         {"id": "tt9000002", "title": "The Battle of Chile", "year": 1975, "character": null,
                          "rating": 8.3, "votes": 3400}]}}
                    """);
            assertJson(client, "/api/people/al-pacino", """
                    {"person": {"id": "al-pacino", "name": "Al Pacino", "professions": ["actor"],
                                "birthYear": null, "deathYear": null},
                     "filmsByRole": {"actor": [
                         {"id": "tt9000005", "title": "The Godfather Part III", "year": 1990,
                          "character": "Michael Corleone", "rating": 7.6, "votes": 400000},
                         {"id": "tt9000004", "title": "The Godfather", "year": 1972,
                          "character": "Michael Corleone", "rating": 9.2, "votes": 2000000}]}}
                    """);
        });
    }

    @Test
    void review_and_quote_pages_show_the_record() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertJson(client, "/api/reviews/r-fixture-2", """
                    {"review": {"id": "r-fixture-2", "filmId": "tt9000004", "filmTitle": "The Godfather",
                                "filmYear": 1972, "headline": "Too long", "author": "critic2", "authorLocation": null,
                                "date": "2003-01-02", "rating": 6.0, "helpfulVotes": 2, "helpfulTotal": 10,
                                "body": "Slow, but well acted.", "language": "en"}}
                    """);
            assertJson(client, "/api/quotes/q-fixture-2", """
                    {"quote": {"id": "q-fixture-2", "filmId": "tt9000005", "filmTitle": "The Godfather Part III",
                               "filmYear": 1990, "speaker": "Michael Corleone",
                               "text": "Just when I thought I was out, they pull me back in.", "language": "en"}}
                    """);
        });
    }

    @Test
    void unknown_records_answer_404_in_the_error_shape() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertNotFound(client, "/api/films/tt0000000", "no film with id 'tt0000000'");
            assertNotFound(client, "/api/people/nobody", "no person with id 'nobody'");
            assertNotFound(client, "/api/reviews/r-none", "no review with id 'r-none'");
            assertNotFound(client, "/api/quotes/q-none", "no quote with id 'q-none'");
        });
    }

    @Test
    void a_record_of_another_type_is_not_found_under_the_wrong_route() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertNotFound(client, "/api/people/tt9000004", "no person with id 'tt9000004'");
            assertNotFound(client, "/api/films/al-pacino", "no film with id 'al-pacino'");
        });
    }
}
