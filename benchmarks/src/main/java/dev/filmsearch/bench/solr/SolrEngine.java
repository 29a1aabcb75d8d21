package dev.filmsearch.bench.solr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmsearch.bench.docs.BenchDoc;
import dev.filmsearch.bench.docs.BenchDocs;
import dev.filmsearch.bench.engine.Answer;
import dev.filmsearch.bench.engine.Engine;
import dev.filmsearch.bench.engine.EngineRequest;
import dev.filmsearch.bench.query.BenchQuery;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Apache Solr 9 (bench/peers/solr): the core {@code films} with the schema in bench/peers/solr/conf/schema.xml,
 * reached at {@code http://127.0.0.1:PORT} (the base URL) under {@code /solr/films}.
 *
 * <p>WORDS is an edismax query over the title, name and text fields ({@link #QF}: title highest, then names,
 * original and film titles, characters, text), Solr's default OR of the words (no {@code mm}, {@code q.op} left at
 * OR); PHRASE is the same edismax query with the words in quotes (a phrase in each field). A director is an exact
 * {@code fq} on the {@code directors} string field; a director alone matches every record of that director. Genre
 * and director facets are field facets over all matches (top 10, count desc); {@code numFound} is exact.
 *
 * <p>The matched setup ({@code solr-matched}: the same core, another query) comes as close to filmsearch's matching
 * and ranking as Solr's query parsers let a user get: every word required in some field (edismax with
 * {@code mm=100%}), or every word typo-tolerant in the title or in the names (edismax over one field, each word of
 * 4 letters or more as {@code word~1}, of 8 or more as {@code word~2}, at {@value #FUZZY_BOOST} of the weight); the
 * three OR-ed, and the score multiplied by a popularity and record-type prior ({@code {!boost}}: log10(2 + votes),
 * twice for films). What it still cannot do: typos in one word of a title and another of a name, filmsearch's
 * exact-title and remembered-line bonuses, its relaxed second try.
 */
public final class SolrEngine implements Engine {
    /** The core, relative to the base URL. */
    static final String CORE = "/solr/films";
    /** Records per update request. */
    static final int BATCH = 2_000;
    /**
     * Fields and boosts of WORDS and PHRASE queries: titles folded and stemmed both ways, names, a film's original
     * title and a review's or quote's film title, characters, text in its language.
     */
    static final String QF = "title^5 title_en^4 title_es^4 names^3 alt_title^2 alt_title_en^2 alt_title_es^2"
            + " film_title^2 film_title_en^2 film_title_es^2 characters^1.5 text_en text_es";
    /** The dis-max tie breaker: the best field of a word counts, the others a little. */
    static final String TIE = "0.1";

    /** The matched setup's typo-tolerant alternatives: all words in one of these fields. */
    static final List<String> FUZZY_FIELDS = List.of("title^3", "names^2");
    static final String FUZZY_BOOST = "0.2";
    /** The matched setup's prior: log10(2 + votes), twice for films (OpenSearch's {@code log2p}, its film weight). */
    static final String PRIOR = "product(log(sum(votes,2)),if(termfreq(type,'film'),2,1))";

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final boolean matched;

    /** The default setup: the query a user of Solr starts from. */
    public SolrEngine() {
        this(false);
    }

    /** @param matched the matched setup (see the class comment) rather than the default one */
    public SolrEngine(boolean matched) {
        this.matched = matched;
    }

    @Override
    public String name() {
        return matched ? "solr-matched" : "solr";
    }

    @Override
    public EngineRequest search(BenchQuery query) {
        StringBuilder p = new StringBuilder(CORE).append("/select?");
        if (query.text().isBlank()) {
            p.append("q=").append(enc("*:*"));
        } else if (matched && query.kind() != BenchQuery.Kind.PHRASE) {
            StringBuilder main = new StringBuilder("_query_:\"{!edismax qf=$qf mm=100% v=$words}\"");
            for (int i = 0; i < FUZZY_FIELDS.size(); i++) {
                main.append(" _query_:\"{!edismax qf=$fuzzy").append(i).append(" mm=100% v=$typos}\"^")
                        .append(FUZZY_BOOST);
                p.append("fuzzy").append(i).append('=').append(enc(FUZZY_FIELDS.get(i))).append('&');
            }
            p.append("q=").append(enc("{!boost b=$prior v=$main}")).append("&main=").append(enc(main.toString()))
                    .append("&prior=").append(enc(PRIOR)).append("&words=").append(enc(query.text()))
                    .append("&typos=").append(enc(typos(query.text()))).append("&qf=").append(enc(QF))
                    .append("&tie=").append(TIE);
        } else {
            String q = query.kind() == BenchQuery.Kind.PHRASE
                    ? "\"" + query.text().replace("\"", " ").strip() + "\""
                    : query.text();
            p.append("defType=edismax&q=").append(enc(q)).append("&qf=").append(enc(QF)).append("&tie=").append(TIE);
        }
        if (query.director() != null) {
            p.append("&fq=").append(enc("{!term f=directors}" + query.director()));
        }
        p.append("&rows=").append(BenchQuery.TOP).append("&fl=key")
                .append("&facet=true&facet.field=genres&facet.field=directors")
                .append("&facet.limit=").append(BenchQuery.FACET_VALUES).append("&facet.mincount=1");
        return EngineRequest.get(p.toString());
    }

    /**
     * The words with Solr's fuzzy operator at filmsearch's thresholds (1 edit from 4 letters, 2 from 8; Solr keeps
     * no first letter fixed), query syntax escaped.
     */
    static String typos(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int letters = word.codePointCount(0, word.length());
            out.append(out.isEmpty() ? "" : " ").append(escape(word))
                    .append(letters >= 8 ? "~2" : letters >= 4 ? "~1" : "");
        }
        return out.toString();
    }

    private static String escape(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public Answer answer(String responseBody) throws IOException {
        JsonNode root = BenchDocs.json().readTree(responseBody);
        JsonNode response = root.path("response");
        if (!response.isObject()) {
            throw new IOException("not a Solr search response: " + abbreviate(responseBody));
        }
        List<String> keys = new ArrayList<>();
        for (JsonNode doc : response.path("docs")) {
            keys.add(doc.path("key").asText());
        }
        JsonNode facets = root.path("facet_counts").path("facet_fields");
        return new Answer(response.path("numFound").asLong(), keys, facet(facets.path("genres")),
                facet(facets.path("directors")));
    }

    /** A field facet in Solr's default (flat) JSON form: value, count, value, count, … */
    private static Map<String, Long> facet(JsonNode flat) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.size() && counts.size() < BenchQuery.FACET_VALUES; i += 2) {
            counts.put(flat.get(i).asText(), flat.get(i + 1).asLong());
        }
        return counts;
    }

    /**
     * Deletes every record, posts the records as JSON arrays of {@link #BATCH} (one request in flight per core,
     * as Solr indexes each request on its own thread), then commits and waits for the new searcher.
     */
    @Override
    public void load(URI base, Path docs) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI update = URI.create(stripSlash(base.toString()) + CORE + "/update");
        post(client, update, "{\"delete\":{\"query\":\"*:*\"}}");

        int inFlight = Math.max(1, Runtime.getRuntime().availableProcessors());
        Semaphore slots = new Semaphore(inFlight);
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        BenchDocs.forEachBatch(docs, BATCH, batch -> {
            byte[] body = BenchDocs.json().writeValueAsBytes(batch.stream().map(SolrEngine::solrDoc).toList());
            slots.acquire();
            for (CompletableFuture<Void> done : pending) {
                if (done.isDone()) {
                    await(done);
                }
            }
            pending.removeIf(CompletableFuture::isDone);
            pending.add(client.sendAsync(request(update, body), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(response -> {
                        String failure = failure(response);
                        if (failure != null) {
                            throw new CompletionException(new IOException(failure));
                        }
                    })
                    .whenComplete((ok, error) -> slots.release()));
        });
        await(CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)));
        post(client, URI.create(update + "?commit=true&waitSearcher=true"), "{\"commit\":{}}");
    }

    /** One record as a Solr document: nulls and empty lists left out, text under text_en or text_es. */
    static Map<String, Object> solrDoc(BenchDoc d) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("key", d.key());
        doc.put("type", d.type());
        doc.put("id", d.id());
        putIfPresent(doc, "title", d.title());
        putIfPresent(doc, "alt_title", d.altTitle());
        putIfPresent(doc, "film_title", d.filmTitle());
        putIfPresent(doc, "names", d.names());
        putIfPresent(doc, "characters", d.characters());
        putIfPresent(doc, "es".equals(d.language()) ? "text_es" : "text_en", d.text());
        putIfPresent(doc, "language", d.language());
        putIfPresent(doc, "genres", d.genres());
        putIfPresent(doc, "directors", d.directors());
        putIfPresent(doc, "year", d.year());
        putIfPresent(doc, "rating", d.rating());
        putIfPresent(doc, "votes", d.votes());
        putIfPresent(doc, "film_id", d.filmId());
        return doc;
    }

    private static void putIfPresent(Map<String, Object> doc, String field, Object value) {
        if (value == null || value instanceof List<?> l && l.isEmpty() || value instanceof String s && s.isBlank()) {
            return;
        }
        doc.put(field, value);
    }

    private static HttpRequest request(URI uri, byte[] json) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
    }

    private static void post(HttpClient client, URI uri, String json) throws IOException, InterruptedException {
        String failure = failure(client.send(request(uri, json.getBytes(StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString()));
        if (failure != null) {
            throw new IOException(failure);
        }
    }

    /** Why a response is not a success, or null when it is (Solr answers 200 to every update that worked). */
    private static String failure(HttpResponse<String> response) {
        return response.statusCode() == 200 ? null : "solr answered " + response.statusCode() + " to "
                + response.request().method() + " " + response.request().uri() + ": " + abbreviate(response.body());
    }

    private static void await(CompletableFuture<?> f) throws IOException, InterruptedException {
        try {
            f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 500 ? one : one.substring(0, 500) + "…";
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
