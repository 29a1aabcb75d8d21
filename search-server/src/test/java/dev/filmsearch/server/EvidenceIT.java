package dev.filmsearch.server;

import static dev.filmsearch.server.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Review;
import dev.filmsearch.server.search.SearchConfig;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence hits through the HTTP API, over the fixture catalogue plus three more reviews of The Godfather that
 * speak of crime: a film hit carries its best-matching review or quote, one film's reviews and quotes make one
 * hit on the page (the rest counted as folded) unless {@code type} asks for them, and a remembered line typed
 * loosely finds its quote and its film.
 */
class EvidenceIT {
    @TempDir
    static Path dir;
    static TestApp app;

    @BeforeAll
    static void index() throws Exception {
        List<CatalogRecord> records = new ArrayList<>(Fixtures.catalogue());
        for (int i = 1; i <= 3; i++) {
            records.add(new Review("r-crime-" + i, "tt9000004", "The Godfather", 1972, null, "viewer" + i, null,
                    LocalDate.of(2010, 1, i), 8.0, null, null, "A crime story told " + "slowly, ".repeat(i) + "and well.",
                    Language.EN));
        }
        Fixtures.index(dir.resolve("index"), records);
        app = TestApp.over(dir.resolve("index"), new SearchConfig(SearchConfig.NO_BUDGET, 20));
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    private static JsonNode search(HttpClient client, String path) {
        return TestApp.getJson(client, path);
    }

    /** "type id folded" per hit, in order. */
    private static List<String> hits(JsonNode response) {
        List<String> out = new ArrayList<>();
        response.get("hits").forEach(h -> out.add(h.get("type").asText() + " " + h.get("id").asText() + " "
                + h.get("folded").asInt()));
        return out;
    }

    @Test
    void a_film_hit_carries_its_best_matching_review_as_evidence() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            JsonNode godfather = search(client, "/api/search?q=crime&type=film").at("/hits/0");
            assertEquals("tt9000004", godfather.get("id").asText());
            assertEquals(json("""
                    {"type": "review", "id": "r-crime-1", "text": "A <mark>crime</mark> story told slowly, and well.",
                     "speaker": null, "author": "viewer1", "matches": 4}
                    """), godfather.get("evidence"));
        });
    }

    @Test
    void one_review_of_a_film_is_a_hit_and_counts_the_others_as_folded() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            JsonNode r = search(client, "/api/search?q=crime");
            assertEquals(List.of("film tt9000004 0", "film tt9000005 0", "review r-crime-1 3"), hits(r));
            assertEquals(3, r.get("total").asInt());
            assertEquals(json("[{\"value\": \"review\", \"count\": 4}, {\"value\": \"film\", \"count\": 2}]"),
                    r.at("/facets/type"));
        });
    }

    @Test
    void type_review_lifts_the_cap() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            JsonNode r = search(client, "/api/search?q=crime&type=review");
            assertEquals(List.of("review r-crime-1 0", "review r-crime-2 0", "review r-crime-3 0",
                    "review r-fixture-1 0"), hits(r));
            assertEquals(4, r.get("total").asInt());
        });
    }

    @Test
    void a_line_typed_lowercase_without_apostrophes_and_with_a_word_misspelt_finds_its_quote_and_film() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            JsonNode r = search(client, "/api/search?q=im%20gonna%20make%20him%20an%20ofer%20he%20cant%20refuse");
            assertEquals(List.of("quote q-fixture-1 0", "film tt9000004 0"), hits(r));
            assertEquals(json("""
                    {"type": "quote", "id": "q-fixture-1",
                     "text": "I&#39;m <mark>gonna</mark> <mark>make</mark> <mark>him</mark> an <mark>offer</mark> he <mark>can&#39;t</mark> <mark>refuse</mark>.",
                     "speaker": "Vito Corleone", "author": null, "matches": 1}
                    """), r.at("/hits/1/evidence"));
        });
    }
}
