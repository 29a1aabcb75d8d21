package dev.filmsearch.bench.engine;

/**
 * One HTTP request to an engine, relative to its base URL: what the load generator (wrk) replays and what the
 * answer comparison sends. {@code body} and {@code contentType} are null for a GET.
 */
public record EngineRequest(String method, String pathAndQuery, String contentType, String body) {
    public static EngineRequest get(String pathAndQuery) {
        return new EngineRequest("GET", pathAndQuery, null, null);
    }

    public static EngineRequest postJson(String path, String json) {
        return new EngineRequest("POST", path, "application/json", json);
    }
}
