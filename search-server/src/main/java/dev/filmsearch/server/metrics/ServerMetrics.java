package dev.filmsearch.server.metrics;

import dev.filmsearch.model.RecordType;
import dev.filmsearch.server.health.HealthService;
import dev.filmsearch.server.reindex.Reindexer;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The server's Prometheus metrics, in a registry of its own: requests and their latency per method and route
 * template (never the raw path or an invented method, so clients cannot make new series), the served index's size and documents, and reindex runs by
 * outcome. Written in the Prometheus text format by {@link #scrape()}.
 */
public final class ServerMetrics {
    /** The route label of requests that matched no route. */
    public static final String UNMATCHED = "unmatched";
    /** The method label of requests with a method outside {@link #METHODS}. */
    public static final String OTHER_METHOD = "other";
    /** The methods counted under their own name: the standard ones. */
    public static final java.util.Set<String> METHODS = java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE",
            "PATCH", "OPTIONS", "TRACE", "CONNECT", "QUERY");

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final Counter requests;
    private final Histogram latency;

    public ServerMetrics(HealthService health, Reindexer reindexer) {
        requests = Counter.builder()
                .name("filmsearch_http_requests_total")
                .help("HTTP requests answered, by method, route template and status")
                .labelNames("method", "route", "status")
                .register(registry);
        latency = Histogram.builder()
                .name("filmsearch_http_request_duration_seconds")
                .help("Time to answer an HTTP request, by method and route template")
                .labelNames("method", "route")
                .classicOnly()
                .classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
                .register(registry);
        GaugeWithCallback.builder()
                .name("filmsearch_index_size_bytes")
                .help("Bytes on disk of the served index generation")
                .callback(cb -> cb.call(health.indexSizeBytes()))
                .register(registry);
        GaugeWithCallback.builder()
                .name("filmsearch_index_documents")
                .help("Documents in the served index, by record type")
                .labelNames("type")
                .callback(cb -> {
                    for (RecordType type : RecordType.values()) {
                        cb.call(health.documents(type), type.label());
                    }
                })
                .register(registry);
        CounterWithCallback.builder()
                .name("filmsearch_reindex_runs_total")
                .help("Reindex runs finished since the server started, by outcome")
                .labelNames("outcome")
                .callback(cb -> {
                    for (Reindexer.Outcome outcome : Reindexer.Outcome.values()) {
                        cb.call(reindexer.runs(outcome), outcome.label());
                    }
                })
                .register(registry);
        GaugeWithCallback.builder()
                .name("filmsearch_reindex_running")
                .help("1 while a reindex runs, else 0")
                .callback(cb -> cb.call(reindexer.running() ? 1 : 0))
                .register(registry);
    }

    /**
     * The method label of a request's method: the method itself when it is a standard one, else
     * {@link #OTHER_METHOD}, so invented methods cannot make new series.
     */
    public static String methodLabel(String method) {
        return method != null && METHODS.contains(method) ? method : OTHER_METHOD;
    }

    /** Counts one answered request. {@code route} is the route template ("/api/films/{id}") or {@link #UNMATCHED}. */
    public void record(String method, String route, int status, double seconds) {
        requests.labelValues(method, route, Integer.toString(status)).inc();
        latency.labelValues(method, route).observe(seconds);
    }

    /** Every metric in the Prometheus text format. */
    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public String contentType() {
        return writer.getContentType();
    }
}
