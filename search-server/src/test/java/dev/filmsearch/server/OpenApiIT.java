package dev.filmsearch.server;

import static dev.filmsearch.server.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RelatedFilm;
import dev.filmsearch.model.Review;
import dev.filmsearch.server.health.Health;
import dev.filmsearch.server.http.Problem;
import dev.filmsearch.server.http.SearchController;
import dev.filmsearch.server.http.SearchParams;
import dev.filmsearch.server.records.PersonPage;
import dev.filmsearch.server.records.QuotePage;
import dev.filmsearch.server.records.ReviewPage;
import dev.filmsearch.server.reindex.ReindexStatus;
import dev.filmsearch.server.search.FacetValue;
import dev.filmsearch.server.search.FilmRef;
import dev.filmsearch.server.search.Hit;
import dev.filmsearch.server.search.SearchResponse;
import dev.filmsearch.server.search.Suggestion;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document is kept in step with the routes and the records they answer with. */
class OpenApiIT {
    @TempDir
    static Path dir;
    static JsonNode doc;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = OpenApiIT.class.getResourceAsStream("/openapi.json")) {
            doc = TestApp.JSON.readTree(in);
        }
    }

    @Test
    void the_document_lists_exactly_the_routes_the_app_answers() throws Exception {
        Fixtures.index(dir.resolve("index"), Fixtures.catalogue());
        try (TestApp app = TestApp.over(dir.resolve("index"))) {
            Set<String> routes = app.app().routes().stream().map(r -> r.method() + " " + r.path())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> documented = new TreeSet<>();
            doc.get("paths").properties().forEach(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " "
                            + path.getKey())));
            assertEquals(routes, documented);
            assertEquals(13, routes.size());
        }
    }

    @Test
    void the_document_is_served_as_it_is() throws Exception {
        Fixtures.index(dir.resolve("served"), Fixtures.catalogue());
        try (TestApp app = TestApp.over(dir.resolve("served"))) {
            JavalinTest.test(app.javalin(), (server, client) -> {
                Response res = client.get("/api/openapi.json");
                assertEquals(200, res.code());
                assertEquals(List.of("application/json"), res.headers().get("Content-Type"));
                assertEquals(doc, json(res));
            });
        }
    }

    @Test
    void search_parameters_are_the_ones_the_server_reads() {
        List<String> documented = new ArrayList<>();
        doc.at("/paths/~1api~1search/get/parameters").forEach(p -> documented.add(p.get("name").asText()));
        assertEquals(SearchParams.NAMES, documented);
    }

    @Test
    void every_schema_reference_resolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertTrue(refs.size() > 30);
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/components/schemas/"), ref);
            assertTrue(doc.at(ref.substring(1)).isObject(), () -> "unresolved " + ref);
        }
    }

    @Test
    void schemas_have_the_fields_of_the_records_the_api_writes() {
        Map<String, Class<?>> records = Map.ofEntries(Map.entry("Problem", Problem.class),
                Map.entry("SearchResponse", SearchResponse.class), Map.entry("Hit", Hit.class),
                Map.entry("Interpretation", dev.filmsearch.server.search.Interpretation.class),
                Map.entry("FilmRef", FilmRef.class), Map.entry("KnownFilm", dev.filmsearch.server.search.KnownFilm.class),
                Map.entry("Evidence", dev.filmsearch.server.search.Evidence.class),
                Map.entry("FacetValue", FacetValue.class),
                Map.entry("Suggestions", SearchController.Suggestions.class), Map.entry("Suggestion", Suggestion.class),
                Map.entry("FacetValues", SearchController.FacetValues.class),
                Map.entry("FilmPage", dev.filmsearch.server.records.FilmPage.class), Map.entry("Film", Film.class),
                Map.entry("Credit", Credit.class), Map.entry("CastMember", CastMember.class),
                Map.entry("RelatedFilm", RelatedFilm.class), Map.entry("Review", Review.class),
                Map.entry("Quote", Quote.class), Map.entry("ReviewPage", ReviewPage.class),
                Map.entry("QuotePage", QuotePage.class), Map.entry("PersonPage", PersonPage.class),
                Map.entry("RoleFilm", PersonPage.RoleFilm.class), Map.entry("Health", Health.class),
                Map.entry("ReindexStatus", ReindexStatus.class), Map.entry("ReindexProgress", ReindexStatus.Progress.class),
                Map.entry("ReindexRun", ReindexStatus.LastRun.class));
        assertEquals(new TreeSet<>(records.keySet()), names(doc.at("/components/schemas")));
        records.forEach((schema, type) -> assertEquals(components(type), names(doc.at("/components/schemas/" + schema
                + "/properties")), schema));
        assertEquals(components(PersonPage.Person.class), names(doc.at(
                "/components/schemas/PersonPage/properties/person/properties")));
        assertEquals(components(Health.Index.class), names(doc.at(
                "/components/schemas/Health/properties/index/properties")));
        assertEquals(components(ReindexStatus.Summary.class), names(doc.at(
                "/components/schemas/ReindexRun/properties/summary/oneOf/0/properties")));
    }

    private static Set<String> components(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
