package dev.filmsearch.bench.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmsearch.bench.docs.BenchDoc;
import dev.filmsearch.bench.docs.BenchDocs;
import dev.filmsearch.bench.engine.Answer;
import dev.filmsearch.bench.engine.Engine;
import dev.filmsearch.bench.engine.EngineRequest;
import dev.filmsearch.bench.query.BenchQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * OpenSearch 3.6 over its REST API, one index {@value #INDEX} ({@code index.json}: one shard, no replicas, request
 * and query caches off; titles folded plus English and Spanish stemmed sub-fields, names and characters folded, the
 * text in {@code text_en} or {@code text_es} by the record's language, keywords for facets and the director filter).
 *
 * <p>WORDS is the usual search-box query: a {@code multi_match} (best_fields, OR of the words) over every text field
 * with boosts — title highest, then names, alternative and film titles, then characters and text — plus typo
 * tolerance as a second, weaker {@code multi_match} with {@code fuzziness} over titles and names only, with our edit
 * thresholds ({@value #FUZZINESS}: 1 edit from 4 letters, 2 from 8, first letter exact). PHRASE is a
 * {@code multi_match} of type phrase over the same fields. The director is a {@code term} in {@code bool.filter};
 * no words (a director alone) lists that director's records best-known (most votes) first.
 *
 * <p>The matched setup ({@code opensearch-matched}: the same index, another query) comes as close to filmsearch's
 * matching and ranking as the query language lets a user get: every word required in some field (the exact
 * {@code multi_match} of type {@code cross_fields}, operator {@code and}), or every word typo-tolerant in the title
 * or in the names (the fuzzy {@code multi_match}, operator {@code and}); and a popularity and record-type prior, a
 * {@code function_score} that multiplies the score by log10(2 + votes) and films' by {@value #FILM_PRIOR} more.
 * What it still cannot do: typos in one word of a title and another of a name, filmsearch's exact-title and
 * remembered-line bonuses, its relaxed second try.
 */
public final class OpenSearchEngine implements Engine {
    public static final String INDEX = "records";
    static final int BATCH = 2_000;
    /** Bulk requests in flight while loading: the client reads and encodes the next batch while one is indexed. */
    static final int IN_FLIGHT = 2;
    static final String FUZZINESS = "AUTO:4,8";
    /** How much a typo-tolerant match counts next to an exact one (filmsearch weighs its fuzzy matches the same). */
    static final double FUZZY_BOOST = 0.2;
    static final double TIE_BREAKER = 0.2;
    /** The searched fields and their boosts, for both WORDS and PHRASE. */
    static final List<String> TEXT_FIELDS = List.of(
            "title^3", "title.en^2", "title.es^2",
            "names^2",
            "alt_title^1.5", "alt_title.en^1.2", "alt_title.es^1.2",
            "film_title^1.5", "film_title.en^1.2", "film_title.es^1.2",
            "characters", "text_en", "text_es");
    static final List<String> FUZZY_FIELDS = List.of("title^3", "names^2");

    /** The matched setup's weight of a film over other records of the same score and votes. */
    static final double FILM_PRIOR = 2.0;

    private static final ObjectMapper JSON = BenchDocs.json();
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final boolean matched;

    /** The default setup: the query a user of OpenSearch starts from. */
    public OpenSearchEngine() {
        this(false);
    }

    /** @param matched the matched setup (see the class comment) rather than the default one */
    public OpenSearchEngine(boolean matched) {
        this.matched = matched;
    }

    @Override
    public String name() {
        return matched ? "opensearch-matched" : "opensearch";
    }

    @Override
    public void load(URI base, Path docs) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Rest rest = new Rest(http, base);
        rest.call("DELETE", "/" + INDEX, null, 200, 404);
        rest.call("PUT", "/" + INDEX, indexDefinition(), 200);
        rest.call("GET", "/_cluster/health/" + INDEX + "?wait_for_status=green&timeout=60s", null, 200);

        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long count = BenchDocs.forEachBatch(docs, BATCH, batch -> {
            String body = bulkBody(batch);
            inFlight.acquire();
            if (failure.get() != null) {
                inFlight.release();
                throw loadFailure(failure.get());
            }
            http.sendAsync(rest.request("POST", "/_bulk", body, "application/x-ndjson"),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .whenComplete((response, error) -> {
                        try {
                            if (error != null) {
                                failure.compareAndSet(null, error);
                            } else {
                                checkBulk(response.statusCode(), response.body());
                            }
                        } catch (IOException | RuntimeException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            inFlight.release();
                        }
                    });
        });
        inFlight.acquire(IN_FLIGHT);
        inFlight.release(IN_FLIGHT);
        if (failure.get() != null) {
            throw loadFailure(failure.get());
        }
        rest.call("PUT", "/" + INDEX + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}", 200);
        rest.call("POST", "/" + INDEX + "/_refresh", null, 200);
        // Commit the segments so the translog is trimmed: the index on disk is then the Lucene index.
        rest.call("POST", "/" + INDEX + "/_flush", null, 200);
        long indexed = JSON.readTree(rest.call("GET", "/" + INDEX + "/_count", null, 200)).path("count").asLong();
        if (indexed != count) {
            throw new IOException("opensearch holds " + indexed + " records after loading " + count);
        }
    }

    private static IOException loadFailure(Throwable t) {
        return t instanceof IOException io ? io : new IOException("opensearch bulk load failed: " + t, t);
    }

    /** The index settings and mapping (a resource next to this class). */
    static String indexDefinition() throws IOException {
        try (InputStream in = OpenSearchEngine.class.getResourceAsStream("index.json")) {
            if (in == null) {
                throw new IOException("index.json is missing next to " + OpenSearchEngine.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The _bulk body for one batch: an index action with the record's key as _id, then its source. */
    static String bulkBody(List<BenchDoc> batch) throws IOException {
        StringBuilder body = new StringBuilder(batch.size() * 1_200);
        for (BenchDoc doc : batch) {
            ObjectNode action = JSON.createObjectNode();
            action.putObject("index").put("_index", INDEX).put("_id", doc.key());
            body.append(JSON.writeValueAsString(action)).append('\n');
            body.append(JSON.writeValueAsString(source(doc))).append('\n');
        }
        return body.toString();
    }

    /** The indexed document: the record's fields, with its text in text_en or text_es by its language. */
    static ObjectNode source(BenchDoc doc) {
        ObjectNode s = JSON.createObjectNode();
        s.put("type", doc.type());
        s.put("id", doc.id());
        putIfPresent(s, "title", doc.title());
        putIfPresent(s, "alt_title", doc.altTitle());
        putIfPresent(s, "film_title", doc.filmTitle());
        strings(s, "names", doc.names());
        strings(s, "characters", doc.characters());
        putIfPresent(s, "es".equals(doc.language()) ? "text_es" : "text_en", doc.text());
        putIfPresent(s, "language", doc.language());
        strings(s, "genres", doc.genres());
        strings(s, "directors", doc.directors());
        if (doc.year() != null) {
            s.put("year", doc.year());
        }
        if (doc.rating() != null) {
            s.put("rating", doc.rating());
        }
        if (doc.votes() != null) {
            s.put("votes", doc.votes());
        }
        putIfPresent(s, "film_id", doc.filmId());
        return s;
    }

    /** Fails with the first failed item of a _bulk response. */
    static void checkBulk(int status, String body) throws IOException {
        if (status != 200) {
            throw new IOException("opensearch _bulk answered HTTP " + status + ": " + abbreviate(body));
        }
        JsonNode root = JSON.readTree(body);
        if (!root.path("errors").asBoolean(false)) {
            return;
        }
        for (JsonNode item : root.path("items")) {
            for (JsonNode result : item) {
                JsonNode error = result.path("error");
                if (!error.isMissingNode()) {
                    throw new IOException("opensearch rejected record " + result.path("_id").asText() + ": "
                            + error.path("type").asText() + ": " + error.path("reason").asText());
                }
            }
        }
        throw new IOException("opensearch _bulk reported errors: " + abbreviate(body));
    }

    @Override
    public EngineRequest search(BenchQuery query) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", BenchQuery.TOP);
        body.put("track_total_hits", true);
        body.put("_source", false);
        ObjectNode bool = body.putObject("query").putObject("bool");
        if (query.text().isBlank()) {
            bool.putArray("must").addObject().putObject("match_all");
            body.putArray("sort").addObject().putObject("votes").put("order", "desc");
        } else if (query.kind() == BenchQuery.Kind.PHRASE) {
            multiMatch(bool.putArray("must").addObject(), query.text(), "phrase", TEXT_FIELDS);
        } else if (matched) {
            ObjectNode score = bool.putArray("must").addObject().putObject("function_score");
            ArrayNode should = score.putObject("query").putObject("bool").put("minimum_should_match", 1)
                    .putArray("should");
            multiMatch(should.addObject(), query.text(), "cross_fields", TEXT_FIELDS).put("operator", "and");
            for (String field : FUZZY_FIELDS) {
                ObjectNode fuzzy = multiMatch(should.addObject(), query.text(), "best_fields", List.of(field));
                fuzzy.put("fuzziness", FUZZINESS).put("prefix_length", 1).put("operator", "and")
                        .put("boost", FUZZY_BOOST);
            }
            ArrayNode functions = score.putArray("functions");
            functions.addObject().putObject("field_value_factor").put("field", "votes").put("modifier", "log2p")
                    .put("missing", 0);
            ObjectNode films = functions.addObject().put("weight", FILM_PRIOR);
            films.putObject("filter").putObject("term").put("type", "film");
            score.put("score_mode", "multiply").put("boost_mode", "multiply");
        } else {
            ArrayNode should = bool.putArray("should");
            multiMatch(should.addObject(), query.text(), "best_fields", TEXT_FIELDS);
            ObjectNode fuzzy = multiMatch(should.addObject(), query.text(), "best_fields", FUZZY_FIELDS);
            fuzzy.put("fuzziness", FUZZINESS).put("prefix_length", 1).put("boost", FUZZY_BOOST);
            bool.put("minimum_should_match", 1);
        }
        if (query.director() != null) {
            bool.putArray("filter").addObject().putObject("term").put("directors", query.director());
        }
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("genres").putObject("terms").put("field", "genres").put("size", BenchQuery.FACET_VALUES);
        aggs.putObject("directors").putObject("terms").put("field", "directors").put("size", BenchQuery.FACET_VALUES);
        try {
            return EngineRequest.postJson("/" + INDEX + "/_search", JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode multiMatch(ObjectNode clause, String text, String type, List<String> fields) {
        ObjectNode mm = clause.putObject("multi_match");
        mm.put("query", text).put("type", type);
        ArrayNode f = mm.putArray("fields");
        fields.forEach(f::add);
        mm.put("tie_breaker", TIE_BREAKER);
        return mm;
    }

    @Override
    public Answer answer(String responseBody) throws IOException {
        JsonNode root = JSON.readTree(responseBody);
        if (root.has("error")) {
            throw new IOException("opensearch error: " + abbreviate(root.path("error").toString()));
        }
        JsonNode hits = root.path("hits");
        if (!hits.path("total").has("value")) {
            throw new IOException("not an opensearch search response: " + abbreviate(responseBody));
        }
        List<String> keys = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            keys.add(hit.path("_id").asText());
        }
        JsonNode aggs = root.path("aggregations");
        return new Answer(hits.path("total").path("value").asLong(), keys, buckets(aggs.path("genres")),
                buckets(aggs.path("directors")));
    }

    private static Map<String, Long> buckets(JsonNode agg) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonNode b : agg.path("buckets")) {
            if (counts.size() < BenchQuery.FACET_VALUES) {
                counts.put(b.path("key").asText(), b.path("doc_count").asLong());
            }
        }
        return counts;
    }

    private static void putIfPresent(ObjectNode s, String field, String value) {
        if (value != null && !value.isBlank()) {
            s.put(field, value);
        }
    }

    private static void strings(ObjectNode s, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = s.putArray(field);
            values.forEach(a::add);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500) + "…";
    }

    /** Synchronous calls to the REST API that fail with the status and body when the status is not expected. */
    private record Rest(HttpClient http, URI base) {
        HttpRequest request(String method, String path, String body, String contentType) {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            }
            return b.build();
        }

        String call(String method, String path, String body, int... expected) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(request(method, path, body, "application/json"),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (int status : expected) {
                if (r.statusCode() == status) {
                    return r.body();
                }
            }
            throw new IOException("opensearch " + method + " " + path + " answered HTTP " + r.statusCode() + ": "
                    + abbreviate(r.body()));
        }
    }
}
