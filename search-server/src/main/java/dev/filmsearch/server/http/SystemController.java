package dev.filmsearch.server.http;

import dev.filmsearch.server.health.HealthService;
import dev.filmsearch.server.metrics.ServerMetrics;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** {@code /api/health}, {@code /metrics} and {@code /api/openapi.json}; none takes query parameters. */
public final class SystemController {
    /** The OpenAPI document, a resource kept in step with the routes by a test. */
    public static final String OPENAPI_RESOURCE = "/openapi.json";

    private final HealthService health;
    private final ServerMetrics metrics;
    private final byte[] openApi;

    public SystemController(HealthService health, ServerMetrics metrics) {
        this.health = health;
        this.metrics = metrics;
        this.openApi = resource(OPENAPI_RESOURCE);
    }

    public void health(Context ctx) {
        QueryParams.parse(ctx.queryString(), "/api/health", Map.of());
        ctx.json(health.health());
    }

    public void metrics(Context ctx) {
        QueryParams.parse(ctx.queryString(), "/metrics", Map.of());
        ctx.contentType(metrics.contentType()).result(metrics.scrape());
    }

    public void openApi(Context ctx) {
        QueryParams.parse(ctx.queryString(), "/api/openapi.json", Map.of());
        ctx.contentType("application/json").result(openApi);
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
