package dev.filmsearch.server;

import static dev.filmsearch.server.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmsearch.index.IndexMetadata;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HealthAndMetricsIT extends FixtureApp {
    /** Bytes of the files of the served generation, as listed here. */
    private static long indexBytes() throws IOException {
        long bytes = 0;
        try (Stream<Path> files = Files.list(app.searchers().current().path())) {
            for (Path f : files.toList()) {
                bytes += Files.size(f);
            }
        }
        return bytes;
    }

    @Test
    void health_reports_documents_per_type_and_the_served_index() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            long indexBytes = indexBytes();
            Response res = client.get("/api/health");
            assertEquals(200, res.code());
            JsonNode health = json(res);
            assertEquals(json("""
                    {"status": "ok", "documents": {"film": 5, "person": 6, "review": 3, "quote": 2},
                     "index": {"generation": "gen-000001", "builtAt": "2026-01-02T03:04:05Z", "version": "dev",
                               "schemaVersion": "%s", "sizeBytes": %d},
                     "reindexing": false}
                    """.formatted(IndexMetadata.SCHEMA_VERSION, indexBytes)), health);
            assertTrue(indexBytes > 0);
        });
    }

    @Test
    void metrics_count_requests_per_route_template_not_per_path() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            long indexBytes = indexBytes();
            client.get("/api/films/tt9000004");
            client.get("/api/films/tt9000001");
            client.get("/api/films/tt0000000");
            client.get("/api/people/al-pacino");
            client.get("/api/no/such/route");
            client.get("/api/search?size=500");
            Response res = client.get("/metrics");
            assertEquals(200, res.code());
            assertEquals(List.of("text/plain; version=0.0.4; charset=utf-8"), res.headers().get("Content-Type"));
            List<String> lines = res.body().string().lines().toList();
            for (String expected : List.of(
                    "filmsearch_http_requests_total{method=\"GET\",route=\"/api/films/{id}\",status=\"200\"} 2.0",
                    "filmsearch_http_requests_total{method=\"GET\",route=\"/api/films/{id}\",status=\"404\"} 1.0",
                    "filmsearch_http_requests_total{method=\"GET\",route=\"/api/people/{id}\",status=\"200\"} 1.0",
                    "filmsearch_http_requests_total{method=\"GET\",route=\"/api/search\",status=\"400\"} 1.0",
                    "filmsearch_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1.0",
                    "filmsearch_http_request_duration_seconds_count{method=\"GET\",route=\"/api/films/{id}\"} 3",
                    "filmsearch_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/films/{id}\",le=\"+Inf\"} 3",
                    "filmsearch_index_size_bytes " + indexBytes + ".0",
                    "filmsearch_index_documents{type=\"film\"} 5.0",
                    "filmsearch_index_documents{type=\"person\"} 6.0",
                    "filmsearch_index_documents{type=\"review\"} 3.0",
                    "filmsearch_index_documents{type=\"quote\"} 2.0",
                    "filmsearch_reindex_runs_total{outcome=\"succeeded\"} 0.0",
                    "filmsearch_reindex_runs_total{outcome=\"failed\"} 0.0",
                    "filmsearch_reindex_running 0.0")) {
                assertTrue(lines.contains(expected), () -> "missing: " + expected + "\nin:\n" + String.join("\n",
                        lines.stream().filter(l -> !l.contains("_bucket")).toList()));
            }
            assertEquals(0, lines.stream().filter(l -> l.contains("tt9000004") || l.contains("no/such")).count());
        });
    }

    @Test
    void the_home_page_is_the_search_page() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            Response res = client.get("/");
            assertEquals(200, res.code());
            assertEquals(List.of("text/html;charset=utf-8"), res.headers().get("Content-Type"));
            assertTrue(res.body().string().contains("<script type=\"module\" src=\"/js/search-page.js\"></script>"));
        });
    }
}
