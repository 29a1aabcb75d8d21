package dev.filmsearch.server;

import static dev.filmsearch.server.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Review;
import dev.filmsearch.server.search.SearchConfig;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hit shapes through the HTTP API, over the fixture catalogue plus two reviews of films it lacks: one whose
 * source gave only an IMDb id, one whose source gave only a title.
 */
class HitShapesIT {
    @TempDir
    static Path dir;
    static TestApp app;

    @BeforeAll
    static void index() throws Exception {
        List<CatalogRecord> records = new ArrayList<>(Fixtures.catalogue());
        records.add(new Review("r-id-only", "tt0453418", null, null, null, null, null, null, 9.0, null, null,
                "Bromwell High is a cartoon comedy about a school and its pathetic teachers.", Language.EN));
        records.add(new Review("r-title-only", null, "La guerra de los mundos", null, "Hasta aquí de marcianos",
                "Torbe", null, null, 2.0, null, null, "Otra película de marcianos que huyen.", Language.ES));
        Fixtures.index(dir.resolve("index"), records);
        app = TestApp.over(dir.resolve("index"), new SearchConfig(SearchConfig.NO_BUDGET, 20));
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    /** The hits of a search, without their scores (which depend on the ranking weights). */
    private static JsonNode hits(HttpClient client, String path) {
        JsonNode hits = TestApp.getJson(client, path).get("hits");
        hits.forEach(h -> ((ObjectNode) h).remove("score"));
        return hits;
    }

    @Test
    void a_review_of_a_film_known_only_by_its_imdb_id_names_that_id_and_says_it_is_not_in_the_catalogue() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            ObjectNode hit = (ObjectNode) hits(client, "/api/search?q=bromwell&type=review").get(0);
            assertEquals(json("[\"<mark>Bromwell</mark> High is a cartoon comedy about a school and its…\"]"),
                    hit.remove("highlights").get("title"));
            assertEquals(json("""
                    {"type": "review", "id": "r-id-only",
                     "title": "Bromwell High is a cartoon comedy about a school and its…", "year": null,
                     "rating": null, "votes": null, "directors": [], "genres": [],
                     "film": {"id": "tt0453418", "title": null, "year": null, "inCatalogue": false},
                     "titleType": null, "episodeOf": null, "speaker": null, "roles": [], "knownFor": [], "evidence": null, "folded": 0}
                    """), hit);
        });
    }

    @Test
    void a_review_of_a_film_known_only_by_its_title_names_that_title() {
        JavalinTest.test(app.javalin(), (server, client) -> assertEquals(
                json("{\"id\": null, \"title\": \"La guerra de los mundos\", \"year\": null, \"inCatalogue\": false}"),
                hits(client, "/api/search?q=marcianos&type=review").at("/0/film")));
    }

    @Test
    void an_attached_review_names_the_catalogue_film() {
        JavalinTest.test(app.javalin(), (server, client) -> assertEquals(
                json("{\"id\": \"tt9000001\", \"title\": \"Salvador Allende\", \"year\": 2004, \"inCatalogue\": true}"),
                hits(client, "/api/search?q=retrato%20necesario&type=review").at("/0/film")));
    }

    @Test
    void a_person_hit_shows_main_roles_and_best_known_films() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            JsonNode pacino = hits(client, "/api/search?q=pacino&type=person").get(0);
            assertEquals("al-pacino", pacino.get("id").asText());
            assertEquals(json("[\"actor\"]"), pacino.get("roles"));
            assertEquals(json("""
                    [{"id": "tt9000004", "title": "The Godfather", "year": 1972, "role": "actor"},
                     {"id": "tt9000005", "title": "The Godfather Part III", "year": 1990, "role": "actor"}]
                    """), pacino.get("knownFor"));
            JsonNode guzman = hits(client, "/api/search?q=guzman&type=person").get(0);
            assertEquals(json("""
                    {"roles": ["director"], "knownFor": [
                      {"id": "tt9000003", "title": "Nostalgia for the Light", "year": 2010, "role": "director"},
                      {"id": "tt9000002", "title": "The Battle of Chile", "year": 1975, "role": "director"},
                      {"id": "tt9000001", "title": "Salvador Allende", "year": 2004, "role": "director"}]}
                    """), json("{\"roles\": " + guzman.get("roles") + ", \"knownFor\": " + guzman.get("knownFor") + "}"));
        });
    }
}
