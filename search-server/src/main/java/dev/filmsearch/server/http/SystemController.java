package dev.filmsearch.server.http;

import dev.filmsearch.server.health.HealthService;
import dev.filmsearch.server.metrics.ServerMetrics;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code /api/health}, {@code /metrics}, {@code /api/openapi.json} and the placeholder home page. */
public final class SystemController {
    /** The OpenAPI document, a resource kept in step with the routes by a test. */
    public static final String OPENAPI_RESOURCE = "/openapi.json";

    private static final String HOME = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>filmsearch</title></head>
            <body><h1>filmsearch</h1>
            <p>The search page is not built yet. The JSON API is described at
            <a href="/api/openapi.json">/api/openapi.json</a>; try
            <a href="/api/search?q=allende">/api/search?q=allende</a>.</p>
            </body></html>
            """;

    private final HealthService health;
    private final ServerMetrics metrics;
    private final byte[] openApi;

    public SystemController(HealthService health, ServerMetrics metrics) {
        this.health = health;
        this.metrics = metrics;
        this.openApi = resource(OPENAPI_RESOURCE);
    }

    public void health(Context ctx) {
        ctx.json(health.health());
    }

    public void metrics(Context ctx) {
        ctx.contentType(metrics.contentType()).result(metrics.scrape());
    }

    public void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    public void home(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(HOME);
    }

    private static byte[] resource(String name) {
        try (InputStream in = SystemController.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
