package dev.filmsearch.server;

import static dev.filmsearch.server.ErrorsIT.assertProblem;
import static dev.filmsearch.server.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmsearch.server.search.SearchConfig;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search, suggest and facet routes over the fixture index: parameters reach the search core, answers come back. */
class SearchIT extends FixtureApp {
    /** The answer without its timing and scores, which depend on the machine and the ranking weights. */
    private static JsonNode search(HttpClient client, String path) {
        Response res = client.get(path);
        assertEquals(200, res.code(), () -> path + ": " + res.body().string());
        ObjectNode body = (ObjectNode) json(res);
        assertTrue(body.remove("tookMs").asLong() >= 0);
        for (JsonNode hit : body.get("hits")) {
            ((ObjectNode) hit).remove("score");
        }
        return body;
    }

    private static List<String> ids(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void browsing_films_by_year_pages_through_them_with_all_facets() {
        JavalinTest.test(app.javalin(), (server, client) -> assertEquals(json("""
                {"query": "", "total": 5, "page": 2, "size": 2,
                 "hits": [{"type": "film", "id": "tt9000005", "title": "The Godfather Part III", "year": 1990,
                           "rating": 7.6, "votes": 400000, "directors": ["Francis Ford Coppola"],
                           "genres": ["Crime", "Drama"], "highlights": {}, "film": null, "titleType": "movie",
                           "episodeOf": null, "speaker": null, "roles": [], "knownFor": [], "evidence": null, "folded": 0},
                          {"type": "film", "id": "tt9000002", "title": "The Battle of Chile", "year": 1975,
                           "rating": 8.3, "votes": 3400, "directors": ["Patricio Guzmán"], "genres": ["Documentary"],
                           "highlights": {}, "film": null, "titleType": "movie", "episodeOf": null,
                           "speaker": null, "roles": [], "knownFor": [], "evidence": null, "folded": 0}],
                 "facets": {"type": [{"value": "person", "count": 6}, {"value": "film", "count": 5, "selected": true},
                                     {"value": "review", "count": 3}, {"value": "quote", "count": 2}],
                            "title_type": [{"value": "movie", "count": 5}],
                            "director": [{"value": "Patricio Guzmán", "count": 3},
                                         {"value": "Francis Ford Coppola", "count": 2}],
                            "genre": [{"value": "Documentary", "count": 3}, {"value": "Crime", "count": 2},
                                      {"value": "Drama", "count": 2}, {"value": "Biography", "count": 1}],
                            "language": [{"value": "Spanish", "count": 1}],
                            "rating": [{"value": "9..10", "count": 1}, {"value": "8..9", "count": 1},
                                       {"value": "7..8", "count": 3}],
                            "decade": [{"value": "2010s", "count": 1}, {"value": "2000s", "count": 1},
                                       {"value": "1990s", "count": 1}, {"value": "1970s", "count": 2}]},
                 "suggestion": null, "partial": false, "interpretations": []}
                """), search(client, "/api/search?type=film&sort=year&page=2&size=2")));
    }

    @Test
    void director_counts_ignore_the_director_filter_so_a_second_director_can_be_added() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            JsonNode one = search(client, "/api/search?type=film&director=Patricio%20Guzm%C3%A1n&sort=year");
            assertEquals(List.of("tt9000003", "tt9000001", "tt9000002"), ids(one));
            assertEquals(json("""
                    [{"value": "Patricio Guzmán", "count": 3, "selected": true},
                     {"value": "Francis Ford Coppola", "count": 2}]
                    """), one.at("/facets/director"));
            JsonNode both = search(client,
                    "/api/search?type=film&director=Patricio%20Guzm%C3%A1n&director=Francis%20Ford%20Coppola&sort=year");
            assertEquals(List.of("tt9000003", "tt9000001", "tt9000005", "tt9000002", "tt9000004"), ids(both));
        });
    }

    @Test
    void rating_and_year_ranges_filter_the_hits() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertEquals(List.of("tt9000004", "tt9000002"), ids(search(client, "/api/search?type=film&rating=8..&sort=rating")));
            assertEquals(List.of("tt9000004", "tt9000002"), ids(search(client, "/api/search?type=film&rating=8&sort=rating")));
            assertEquals(List.of("tt9000003", "tt9000001", "tt9000005"),
                    ids(search(client, "/api/search?type=film&rating=7..8&sort=year")));
            assertEquals(List.of("tt9000002", "tt9000004"), ids(search(client, "/api/search?type=film&year=1970..1979&sort=title")));
            assertEquals(List.of("tt9000001"), ids(search(client, "/api/search?type=film&year=2004")));
        });
    }

    @Test
    void a_misspelled_title_finds_the_film_and_suggests_the_spelling() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            JsonNode answer = search(client, "/api/search?q=godfahter&type=film");
            assertEquals(List.of("tt9000004", "tt9000005"), ids(answer));
            assertEquals("godfather", answer.get("suggestion").asText());
            assertEquals(json("{\"title\": [\"The <mark>Godfather</mark>\"]}"), answer.at("/hits/0/highlights"));
        });
    }

    @Test
    void a_quote_hit_leads_with_its_text_and_speaker_and_names_its_film() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            JsonNode answer = search(client, "/api/search?q=refuse&type=quote");
            assertEquals(json("""
                    [{"type": "quote", "id": "q-fixture-1", "title": "I'm gonna make him an offer he can't refuse.",
                      "year": 1972, "rating": 9.2, "votes": 2000000, "directors": ["Francis Ford Coppola"],
                      "genres": ["Crime", "Drama"],
                      "highlights": {"title": ["I&#39;m gonna make him an offer he can&#39;t <mark>refuse</mark>."]},
                      "film": {"id": "tt9000004", "title": "The Godfather", "year": 1972, "inCatalogue": true},
                      "titleType": null, "episodeOf": null, "speaker": "Vito Corleone", "roles": [],
                      "knownFor": [], "evidence": null, "folded": 0}]
                    """), answer.get("hits"));
        });
    }

    @Test
    void a_field_term_the_search_core_cannot_read_answers_400() {
        JavalinTest.test(app.javalin(), (server, client) -> assertProblem(client.get("/api/search?q=year:19x3"), 400,
                "bad-query", "Query cannot be read",
                "year:'19x3' is not a year or a range of years (1973, 1970..1979, 1990..)"));
    }

    @Test
    void suggestions_complete_titles_and_names() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertEquals(json("""
                    {"query": "sal", "suggestions": [
                        {"type": "film", "id": "tt9000001", "label": "Salvador Allende", "year": 2004},
                        {"type": "person", "id": "salvador-allende", "label": "Salvador Allende", "year": null}]}
                    """), json(client.get("/api/suggest?q=sal")));
            assertEquals(json("""
                    {"query": "the g", "suggestions": [
                        {"type": "film", "id": "tt9000004", "label": "The Godfather", "year": 1972}]}
                    """), json(client.get("/api/suggest?q=the%20g&limit=1")));
        });
    }

    @Test
    void facet_values_are_searched_by_prefix_with_counts() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertEquals(json("""
                    {"facet": "director", "prefix": "guz", "values": [{"value": "Patricio Guzmán", "count": 4}]}
                    """), json(client.get("/api/facets/director?prefix=guz")));
            assertEquals(json("""
                    {"facet": "genre", "prefix": "", "values": [{"value": "Crime", "count": 6},
                        {"value": "Drama", "count": 6}, {"value": "Documentary", "count": 4},
                        {"value": "Biography", "count": 2}]}
                    """), json(client.get("/api/facets/Genre")));
        });
    }

    @Test
    void a_search_that_finds_nothing_within_its_time_budget_answers_503() throws Exception {
        try (TestApp hurried = TestApp.over(dir.resolve("index"), new SearchConfig(0, 20))) {
            JavalinTest.test(hurried.javalin(), (server, client) -> {
                Response res = client.get("/api/search?q=godfather");
                assertProblem(res, 503, "unavailable", "Service unavailable",
                        "the search ran out of its time budget before finding anything; try again, or narrow the search");
                assertEquals(List.of("1"), res.headers().get("Retry-After"));
            });
        }
    }

    @Test
    void every_route_that_reads_the_index_answers_503_once_its_time_budget_is_spent() throws Exception {
        try (TestApp hurried = TestApp.over(dir.resolve("index"), new SearchConfig(0, 20))) {
            JavalinTest.test(hurried.javalin(), (server, client) -> {
                String late = " ran out of its time budget (0 ms) before it could be answered; try again, or narrow"
                        + " the request";
                for (String[] route : new String[][] {{"/api/suggest?q=sal", "the suggestion"},
                        {"/api/facets/director?prefix=guz", "the facet search"},
                        {"/api/films/tt9000004", "the film page"}, {"/api/people/patricio-guzman", "the person page"},
                        {"/api/reviews/r-fixture-1", "the review page"}, {"/api/quotes/q-fixture-1", "the quote page"}}) {
                    Response res = client.get(route[0]);
                    assertProblem(res, 503, "unavailable", "Service unavailable", route[1] + late);
                    assertEquals(List.of("1"), res.headers().get("Retry-After"));
                }
                assertEquals(200, client.get("/api/health").code(), "health reads no index and has no budget");
            });
        }
    }

    @Test
    void the_served_time_budget_answers_filtered_searches() throws Exception {
        try (TestApp served = TestApp.over(dir.resolve("index"), SearchConfig.defaults())) {
            JavalinTest.test(served.javalin(), (server, client) -> {
                assertEquals(List.of("tt9000004", "tt9000005"), ids(search(client, "/api/search?q=godfather&type=film")));
                assertEquals(3, search(client, "/api/search?director=Patricio%20Guzm%C3%A1n&type=film").get("total").asInt());
            });
        }
    }
}
