package dev.filmsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/api.md's route table says what the OpenAPI document (kept in step with the app by OpenApiIT) says. */
class ApiDocTest {
    private static final Path DOC = Path.of(System.getProperty("filmsearch.project.dir", "..")).resolve("docs/api.md");
    private static final Pattern ROUTE = Pattern.compile("`(GET|POST|PUT|DELETE) (/[^`?]*)[^`]*`");

    /** "GET /api/search" → what the table says it answers. */
    private static Map<String, String> documentedRoutes() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String table = doc.substring(doc.indexOf("## Routes"), doc.indexOf("\n### ", doc.indexOf("## Routes")));
        Map<String, String> routes = new TreeMap<>();
        for (String row : table.lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = row.split(" \\| ", 2);
            Matcher m = ROUTE.matcher(cells[0]);
            while (m.find()) {
                routes.put(m.group(1) + " " + m.group(2), cells[1].replaceFirst(" \\|$", ""));
            }
        }
        return routes;
    }

    @Test
    void the_route_table_lists_exactly_the_routes_of_the_openapi_document() throws Exception {
        JsonNode openApi;
        try (InputStream in = ApiDocTest.class.getResourceAsStream("/openapi.json")) {
            openApi = TestApp.JSON.readTree(in);
        }
        Map<String, String> fromOpenApi = new TreeMap<>();
        openApi.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                fromOpenApi.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                        method.getValue().path("summary").asText())));

        assertEquals(fromOpenApi.keySet(), documentedRoutes().keySet());
    }

    @Test
    void root_is_documented_as_the_search_page_not_a_placeholder() throws Exception {
        assertEquals("the search page (HTML over this API; its pages, scripts and styles are served beside it:"
                + " [web.md](web.md))", documentedRoutes().get("GET /"));
    }
}
