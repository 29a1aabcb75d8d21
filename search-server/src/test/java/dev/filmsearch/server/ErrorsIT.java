package dev.filmsearch.server;

import static dev.filmsearch.server.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorsIT extends FixtureApp {
    static void assertProblem(Response res, int status, String type, String title, String detail) {
        assertEquals(List.of("application/problem+json"), res.headers().get("Content-Type"));
        assertEquals(TestApp.JSON.createObjectNode().put("type", type).put("title", title).put("status", status)
                .put("detail", detail), json(res));
        assertEquals(status, res.code());
    }

    private static void assertInvalid(HttpClient client, String path, String detail) {
        assertProblem(client.get(path), 400, "invalid-parameter", "Invalid parameter", detail);
    }

    @Test
    void unknown_routes_answer_404_in_the_error_shape() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertProblem(client.get("/api/nope"), 404, "not-found", "Not found",
                    "no route GET /api/nope; /api/openapi.json lists the routes");
            assertProblem(client.get("/api/films"), 404, "not-found", "Not found",
                    "no route GET /api/films; /api/openapi.json lists the routes");
        });
    }

    @Test
    void a_known_route_with_another_method_answers_405() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertProblem(client.post("/api/search"), 405, "method-not-allowed", "Method not allowed",
                    "POST is not allowed on /api/search");
            assertProblem(client.delete("/api/films/tt9000004"), 405, "method-not-allowed", "Method not allowed",
                    "DELETE is not allowed on /api/films/tt9000004");
        });
    }

    @Test
    void search_parameters_out_of_bounds_answer_400_with_what_is_allowed() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertInvalid(client, "/api/search?q=allende&size=101",
                    "size must be a whole number from 1 to 100, not '101'");
            assertInvalid(client, "/api/search?page=0", "page must be a whole number from 1, not '0'");
            assertInvalid(client, "/api/search?page=501&size=20", "page 501 of size 20 reaches past result 10,000;"
                    + " only the first 10,000 results can be paged through: narrow the search");
            assertInvalid(client, "/api/search?q=" + "a".repeat(1001),
                    "q is 1,001 characters long; at most 1,000 are allowed");
            assertInvalid(client, "/api/search?rating=" + URLEncoder.encode("7 to 9", StandardCharsets.UTF_8),
                    "rating '7 to 9' is not a rating range: use 7..9, 8.. (or 8: at least 8) or ..5 with ratings from 0 to"
                            + " 10");
            assertInvalid(client, "/api/search?year=1970..19x9",
                    "year '1970..19x9' is not a year or a year range: use 1973, 1970..1979, 1970.. or ..1979");
            assertInvalid(client, "/api/search?year=1980..1970",
                    "year '1980..1970' starts after it ends: give the lower bound first");
            assertInvalid(client, "/api/search?sort=best",
                    "sort 'best' is not one of: relevance, rating, votes, year, title");
            assertInvalid(client, "/api/search?type=film&type=series",
                    "type 'series' is not one of: film, person, review, quote");
        });
    }

    @Test
    void suggest_and_facet_parameters_out_of_bounds_answer_400_or_404() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertInvalid(client, "/api/suggest?q=sal&limit=21", "limit must be a whole number from 1 to 20, not '21'");
            assertInvalid(client, "/api/suggest?q=" + "s".repeat(1001),
                    "q is 1,001 characters long; at most 1,000 are allowed");
            assertInvalid(client, "/api/facets/director?prefix=guz&limit=0",
                    "limit must be a whole number from 1 to 100, not '0'");
            assertProblem(client.get("/api/facets/studio?prefix=war"), 404, "not-found", "Not found",
                    "no facet 'studio'; the facets are: type, title_type, director, genre, language, rating, decade");
        });
    }

    @Test
    void an_empty_suggest_query_has_no_suggestions() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            Response res = client.get("/api/suggest?q=");
            assertEquals(200, res.code());
            assertEquals(json("{\"query\":\"\",\"suggestions\":[]}"), json(res));
        });
    }

    @Test
    void an_internal_failure_answers_500_without_exception_text() throws Exception {
        Path index = dir.resolve("closed-index");
        Fixtures.index(index, Fixtures.catalogue());
        try (TestApp closed = TestApp.over(index)) {
            closed.searchers().close();
            JavalinTest.test(closed.javalin(), (server, client) -> assertProblem(client.get("/api/films/tt9000004"),
                    500, "internal-error", "Internal error",
                    "the server could not answer this request; its log has the error"));
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            // closing twice at the end of the test: already closed above
        }
    }
}
