package dev.filmsearch.server;

import static dev.filmsearch.server.ErrorsIT.assertProblem;
import static dev.filmsearch.server.TestApp.get;
import static dev.filmsearch.server.TestApp.json;
import static dev.filmsearch.server.TestApp.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.server.search.SearchConfig;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminReindexIT {
    private static final String TOKEN = "s3cret-admin-token";
    private static final String BEARER = "Bearer " + TOKEN;

    @TempDir
    Path dir;
    Path index;
    Path corpus;

    @BeforeEach
    void indexFixtures() throws Exception {
        index = dir.resolve("index");
        corpus = dir.resolve("corpus");
        Fixtures.index(index, Fixtures.catalogue());
        Fixtures.writeCorpus(corpus, withNewFilm());
    }

    /** The fixture catalogue and one more film: what a reindex of the corpus should make visible. */
    private static List<CatalogRecord> withNewFilm() {
        List<CatalogRecord> records = new ArrayList<>(Fixtures.catalogue());
        records.add(Film.builder("Chile, Obstinate Memory").id("tt9000006").originalTitle("Chile, la memoria obstinada")
                .year(1997).directors(List.of(Fixtures.GUZMAN)).genres(List.of("Documentary")).rating(7.8)
                .votes(900L).build());
        return records;
    }

    private static JsonNode awaitIdle(HttpClient client) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonNode status = json(get(client, "/api/admin/reindex", BEARER));
            if (status.path("state").asText().equals("idle")) {
                return status;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the reindex did not finish within 60 s");
    }

    /** The status once the running reindex has reached a phase (it opens its catalogue store first). */
    private static JsonNode awaitPhase(HttpClient client, String phase) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = json(get(client, "/api/admin/reindex", BEARER));
            if (status.at("/progress/phase").asText().equals(phase)) {
                return status;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the reindex did not reach " + phase + " within 30 s: " + status);
    }

    /** The status without its clock readings, which are checked for order and dropped. */
    private static JsonNode withoutTimes(JsonNode status) {
        ObjectNode copy = status.deepCopy();
        JsonNode last = copy.path("last");
        if (last instanceof ObjectNode l) {
            Instant started = Instant.parse(l.remove("startedAt").asText());
            Instant finished = Instant.parse(l.remove("finishedAt").asText());
            assertTrue(!finished.isBefore(started));
            assertTrue(l.remove("tookMs").asLong() >= 0);
        }
        if (copy.path("progress") instanceof ObjectNode p) {
            assertTrue(Instant.parse(p.remove("startedAt").asText()).isBefore(Instant.now().plusSeconds(1)));
        }
        return copy;
    }

    @Test
    void admin_routes_are_disabled_without_a_configured_token() throws Exception {
        try (TestApp app = TestApp.over(index, corpus, null, Fixtures.formats())) {
            JavalinTest.test(app.javalin(), (server, client) -> {
                String detail = "the admin routes are disabled: start the server with FILMSEARCH_ADMIN_TOKEN set to"
                        + " enable them";
                assertProblem(post(client, "/api/admin/reindex", null), 403, "admin-disabled",
                        "Admin routes are disabled", detail);
                assertProblem(post(client, "/api/admin/reindex", "Bearer anything"), 403, "admin-disabled",
                        "Admin routes are disabled", detail);
                assertProblem(get(client, "/api/admin/reindex", null), 403, "admin-disabled",
                        "Admin routes are disabled", detail);
            });
            assertEquals(0, app.reindexer().runs(dev.filmsearch.server.reindex.Reindexer.Outcome.SUCCEEDED));
        }
    }

    @Test
    void admin_routes_refuse_a_missing_or_wrong_token() throws Exception {
        try (TestApp app = TestApp.over(index, corpus, TOKEN, Fixtures.formats())) {
            JavalinTest.test(app.javalin(), (server, client) -> {
                for (Response res : List.of(post(client, "/api/admin/reindex", null),
                        get(client, "/api/admin/reindex", null))) {
                    assertProblem(res, 401, "unauthorized", "Unauthorized",
                            "this route needs an Authorization: Bearer <token> header");
                    assertEquals(List.of("Bearer realm=\"filmsearch admin\""), res.headers().get("WWW-Authenticate"));
                }
                for (String wrong : List.of("Bearer wrong", "Bearer " + TOKEN + "x", "Basic " + TOKEN, TOKEN,
                        "Bearer")) {
                    Response res = post(client, "/api/admin/reindex", wrong);
                    assertProblem(res, 401, "unauthorized", "Unauthorized", "the bearer token is not valid");
                    assertEquals(List.of("Bearer realm=\"filmsearch admin\", error=\"invalid_token\""),
                            res.headers().get("WWW-Authenticate"));
                }
            });
            assertEquals("idle", app.reindexer().status().state());
            assertEquals(null, app.reindexer().status().last());
        }
    }

    @Test
    void reindex_rebuilds_the_configured_corpus_and_swaps_the_new_index_in() throws Exception {
        try (TestApp app = TestApp.over(index, corpus, TOKEN, Fixtures.formats())) {
            JavalinTest.test(app.javalin(), (server, client) -> {
                assertProblem(client.get("/api/films/tt9000006"), 404, "not-found", "Not found",
                        "no film with id 'tt9000006'");
                Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
                assertProblem(client.request("/api/admin/reindex?corpus=" + elsewhere, b -> b
                        .post(java.net.http.HttpRequest.BodyPublishers.noBody()).header("Authorization", BEARER)),
                        400, "invalid-parameter", "Invalid parameter",
                        "unknown parameter 'corpus'; /api/admin/reindex takes no parameters");
                Response started = client.request("/api/admin/reindex", b -> b
                        .post(java.net.http.HttpRequest.BodyPublishers.ofString("{\"corpus\":\"" + elsewhere + "\"}"))
                        .header("Authorization", BEARER).header("Content-Type", "application/json"));
                assertEquals(202, started.code());
                assertEquals(json("""
                        {"state": "running", "progress": {"phase": "starting", "done": 0, "total": 0, "problems": 0},
                         "last": null, "runs": {"succeeded": 0, "failed": 0}}
                        """), withoutTimes(json(started)));

                assertEquals(json("""
                        {"state": "idle", "progress": null,
                         "last": {"outcome": "succeeded", "reason": null,
                                  "summary": {"indexed": {"film": 6, "person": 6, "review": 3, "quote": 2},
                                              "rejected": 0, "reviewsAttached": 3, "quotesAttached": 2,
                                              "generation": "gen-000002"}},
                         "runs": {"succeeded": 1, "failed": 0}}
                        """), withoutTimes(awaitIdle(client)));

                assertEquals(200, client.get("/api/films/tt9000006").code());
                assertEquals(4, json(client.get("/api/people/nm9000001")).at("/filmsByRole/director").size());
                JsonNode health = json(client.get("/api/health"));
                assertEquals("gen-000002", health.at("/index/generation").asText());
                assertEquals(6, health.at("/documents/film").asInt());
                assertTrue(client.get("/metrics").body().string().lines()
                        .anyMatch("filmsearch_reindex_runs_total{outcome=\"succeeded\"} 1.0"::equals));
            });
        }
    }

    @Test
    void a_second_reindex_while_one_runs_answers_409() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (TestApp app = TestApp.over(index, corpus, TOKEN, Fixtures.formats(() -> await(release)))) {
            JavalinTest.test(app.javalin(), (server, client) -> {
                assertEquals(202, post(client, "/api/admin/reindex", BEARER).code());
                assertProblem(post(client, "/api/admin/reindex", BEARER), 409, "reindex-running",
                        "A reindex is already running",
                        "a reindex is already running; GET /api/admin/reindex reports its progress");
                JsonNode running = awaitPhase(client, "reading");
                assertEquals("running", running.path("state").asText());
                assertTrue(json(client.get("/api/health")).path("reindexing").asBoolean());
                release.countDown();
                assertEquals("succeeded", awaitIdle(client).at("/last/outcome").asText());
                assertEquals(202, post(client, "/api/admin/reindex", BEARER).code());
                assertEquals("gen-000003", awaitIdle(client).at("/last/summary/generation").asText());
            });
        } finally {
            release.countDown();
        }
    }

    @Test
    void a_failed_reindex_keeps_the_old_index_and_says_why() throws Exception {
        Path missing = dir.resolve("missing-corpus");
        try (TestApp app = TestApp.over(index, missing, TOKEN, Fixtures.formats())) {
            JavalinTest.test(app.javalin(), (server, client) -> {
                assertEquals(202, post(client, "/api/admin/reindex", BEARER).code());
                assertEquals(json("""
                        {"state": "idle", "progress": null,
                         "last": {"outcome": "failed", "summary": null,
                                  "reason": "corpus folder %s does not exist; the previous index is still served"},
                         "runs": {"succeeded": 0, "failed": 1}}
                        """.formatted(missing)), withoutTimes(awaitIdle(client)));
                assertEquals(200, client.get("/api/films/tt9000004").code());
                assertEquals("gen-000001", json(client.get("/api/health")).at("/index/generation").asText());
                assertTrue(client.get("/metrics").body().string().lines()
                        .anyMatch("filmsearch_reindex_runs_total{outcome=\"failed\"} 1.0"::equals));
            });
        }
    }

    @Test
    void a_reindex_whose_corpus_lost_a_whole_file_is_refused_and_the_old_index_stays() throws Exception {
        java.nio.file.Files.writeString(corpus.resolve("broken.jsonl"), "{\"kind\": \"film\"}\n{\"kind\": \"film\"}\n");
        try (TestApp app = TestApp.over(index, corpus, TOKEN, Fixtures.formats())) {
            JavalinTest.test(app.javalin(), (server, client) -> {
                assertEquals(202, post(client, "/api/admin/reindex", BEARER).code());
                JsonNode last = awaitIdle(client).path("last");
                assertEquals("failed", last.path("outcome").asText());
                assertEquals("a file had most of its records rejected (broken.jsonl: 2 of 2 rejected, mostly: unknown"
                        + " type); the index was not changed (every problem is in " + index.resolve("last-build.txt")
                        + "; --accept-rejects builds anyway); the previous index is still served",
                        last.path("reason").asText());
                assertEquals("gen-000001", json(client.get("/api/health")).at("/index/generation").asText());
                assertEquals(404, client.get("/api/films/tt9000006").code());
            });
        }
    }

    @Test
    void queries_running_during_reindexes_all_succeed_and_see_the_new_data_after() throws Exception {
        try (TestApp app = TestApp.over(index, corpus, TOKEN, Fixtures.formats(() -> sleep(300)),
                new SearchConfig(SearchConfig.NO_BUDGET, 20))) {
            JavalinTest.test(app.javalin(), (server, client) -> {
                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger answered = new AtomicInteger();
                ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
                List<Thread> threads = new ArrayList<>();
                List<String> paths = List.of("/api/films/tt9000004", "/api/people/nm9000001", "/api/health",
                        "/api/reviews/r-fixture-1", "/api/quotes/q-fixture-1", "/api/search?q=chile",
                        "/api/search?type=film&director=Patricio%20Guzm%C3%A1n", "/api/suggest?q=chi",
                        "/api/facets/director?prefix=guz");
                for (int t = 0; t < 4; t++) {
                    threads.add(Thread.ofPlatform().start(() -> {
                        for (int i = 0; !stop.get() && i < 100_000; i++) {
                            String path = paths.get(i % paths.size());
                            try {
                                Response res = client.get(path);
                                if (res.code() != 200) {
                                    failures.add(path + " -> " + res.code() + " " + res.body().string());
                                }
                                answered.incrementAndGet();
                            } catch (RuntimeException e) {
                                failures.add(path + " -> " + e);
                            }
                        }
                    }));
                }
                for (int run = 2; run <= 3; run++) {
                    assertEquals(202, post(client, "/api/admin/reindex", BEARER).code());
                    assertEquals("gen-00000" + run, awaitIdle(client).at("/last/summary/generation").asText());
                }
                Thread.sleep(200);
                stop.set(true);
                for (Thread t : threads) {
                    t.join(TimeUnit.SECONDS.toMillis(30));
                }
                assertEquals(List.of(), List.copyOf(failures));
                assertTrue(answered.get() > 20, "only " + answered.get() + " queries ran");
                assertEquals(200, client.get("/api/films/tt9000006").code());
                assertEquals(4, json(client.get("/api/people/nm9000001")).at("/filmsByRole/director").size());
                assertEquals("tt9000006", json(client.get("/api/search?q=obstinate")).at("/hits/0/id").asText());
                assertEquals(4, json(client.get("/api/search?type=film&director=Patricio%20Guzm%C3%A1n"))
                        .get("total").asInt());
            });
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
