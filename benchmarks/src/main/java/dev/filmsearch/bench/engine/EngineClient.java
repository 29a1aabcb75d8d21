package dev.filmsearch.bench.engine;

import dev.filmsearch.bench.query.BenchQuery;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends an engine's requests to it over HTTP and reads its answers; a non-2xx answer is an error naming the engine. */
public final class EngineClient {
    private final Engine engine;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public EngineClient(Engine engine, URI base) {
        this.engine = engine;
        this.base = base;
    }

    public Engine engine() {
        return engine;
    }

    public Answer search(BenchQuery query) throws IOException, InterruptedException {
        EngineRequest r = engine.search(query);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stripSlash(base.toString()) + r.pathAndQuery()))
                .timeout(Duration.ofSeconds(60));
        if (r.body() == null) {
            b.method(r.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", r.contentType())
                    .method(r.method(), HttpRequest.BodyPublishers.ofString(r.body(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            String body = response.body();
            throw new IOException(engine.name() + " answered " + response.statusCode() + " to " + r.method() + " "
                    + r.pathAndQuery() + ": " + body.substring(0, Math.min(300, body.length())));
        }
        return engine.answer(response.body());
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
