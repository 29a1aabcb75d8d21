package dev.filmsearch.server;

import static dev.filmsearch.server.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.server.web.WebPage;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests, sent over a plain socket (an HTTP client library refuses most of them): every answer is the
 * API's problem+json with the security headers, whoever raises it, and the server's limits hold.
 */
class HardeningIT extends FixtureApp {
    static void assertProblem(RawHttp.Answer res, int status, String type, String title, String detail) {
        assertEquals(status, res.status(), res::toString);
        assertEquals("application/problem+json", res.header("Content-Type"), res::toString);
        assertEquals(TestApp.JSON.createObjectNode().put("type", type).put("title", title).put("status", status)
                .put("detail", detail), json(res.body()), res::toString);
        WebPage.SECURITY_HEADERS.forEach((name, value) -> assertEquals(value, res.header(name), name));
    }

    private static void assertInvalid(RawHttp.Answer res, String detail) {
        assertProblem(res, 400, "invalid-parameter", "Invalid parameter", detail);
    }

    private static void assertRejected(RawHttp.Answer res, int status, String title, String detail) {
        assertProblem(res, status, "request-rejected", title, detail);
    }

    @Test
    void a_percent_u_escape_in_a_record_or_facet_path_answers_400_and_logs_nothing() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            PrintStream err = System.err;
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                for (String path : List.of("/api/films/%u0041", "/api/people/%u0041", "/api/reviews/%u0041",
                        "/api/quotes/%u0041", "/api/facets/%u0041")) {
                    assertRejected(RawHttp.get(server.port(), path), 400, "Bad Request",
                            "the request was rejected: UTF-16 encoding");
                }
            } finally {
                System.setErr(err);
            }
            assertEquals("", log.toString(StandardCharsets.UTF_8));
        });
    }

    @Test
    void errors_jetty_raises_itself_are_problem_json_with_the_security_headers() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            int port = server.port();
            assertRejected(RawHttp.get(port, "/api/search?q=" + "%C3%A9".repeat(5_000)), 414, "URI Too Long",
                    "the request line is longer than 16,384 bytes; q may have at most 1,000 characters");
            assertRejected(RawHttp.send(port, "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                            + "\r\n\r\n"), 431, "Request Header Fields Too Large",
                    "the request line and headers are larger than 16,384 bytes");
            assertRejected(RawHttp.send(port, "GET /api/health HTTP/2.5\r\nHost: x\r\n\r\n"), 505,
                    "HTTP Version Not Supported", "this server speaks HTTP/1.0 and HTTP/1.1");
            assertRejected(RawHttp.send(port, "G@T /api/health HTTP/1.1\r\nHost: x\r\n\r\n"), 400, "Bad Request",
                    "the request was rejected: Illegal character VCHAR='@'");
            assertRejected(RawHttp.get(port, "/api/films/a%2Fb"), 400, "Bad Request",
                    "the request was rejected: Ambiguous URI path separator");
        });
    }

    @Test
    void a_five_thousand_character_q_answers_400_naming_q() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertInvalid(RawHttp.get(server.port(), "/api/search?q=" + "a".repeat(5_000)),
                    "q is 5,000 characters long; at most 1,000 are allowed");
            assertInvalid(RawHttp.get(server.port(), "/api/suggest?q=" + "a".repeat(5_000)),
                    "q is 5,000 characters long; at most 1,000 are allowed");
        });
    }

    @Test
    void over_long_parameters_answer_400_naming_the_parameter() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            String dots = ".".repeat(7_900) + "x";
            assertInvalid(RawHttp.get(server.port(), "/api/search?rating=" + dots),
                    "rating is 7,901 characters long; at most 32 are allowed");
            assertInvalid(RawHttp.get(server.port(), "/api/search?year=" + dots),
                    "year is 7,901 characters long; at most 32 are allowed");
            assertInvalid(RawHttp.get(server.port(), "/api/search?director=" + "a".repeat(201)),
                    "director is 201 characters long; at most 200 are allowed");
            assertInvalid(RawHttp.get(server.port(), "/api/facets/director?prefix=" + "a".repeat(201)),
                    "prefix is 201 characters long; at most 200 are allowed");
            assertInvalid(RawHttp.get(server.port(), "/api/search?size=" + "1".repeat(33)),
                    "size is 33 characters long; at most 32 are allowed");
        });
    }

    @Test
    void bad_percent_escapes_in_parameters_answer_400_naming_the_parameter() {
        String rule = " is not correctly percent-encoded UTF-8: write a space as + or %20, a % as %25, and other"
                + " characters as the %XX escapes of their UTF-8 bytes";
        JavalinTest.test(app.javalin(), (server, client) -> {
            assertInvalid(RawHttp.get(server.port(), "/api/search?size=%zz"), "parameter 'size'" + rule);
            assertInvalid(RawHttp.get(server.port(), "/api/search?q=%zz"), "parameter 'q'" + rule);
            assertInvalid(RawHttp.get(server.port(), "/api/search?q=%C3"), "parameter 'q'" + rule);
            assertInvalid(RawHttp.get(server.port(), "/api/suggest?q=50%"), "parameter 'q'" + rule);
        });
    }

    @Test
    void unknown_parameters_answer_400_naming_the_allowed_ones() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            int port = server.port();
            assertInvalid(RawHttp.get(port, "/api/search?q=chile&limit=5"), "unknown parameter 'limit'; /api/search"
                    + " takes: q, type, title_type, director, genre, language, rating, year, sort, page, size");
            assertInvalid(RawHttp.get(port, "/api/suggest?q=sal&size=5"),
                    "unknown parameter 'size'; /api/suggest takes: q, limit");
            assertInvalid(RawHttp.get(port, "/api/facets/genre?q=dra"),
                    "unknown parameter 'q'; /api/facets/{name} takes: prefix, limit");
            assertInvalid(RawHttp.get(port, "/api/films/tt9000004?lang=es"),
                    "unknown parameter 'lang'; /api/films/{id} takes no parameters");
            assertInvalid(RawHttp.get(port, "/api/health?verbose"),
                    "unknown parameter 'verbose'; /api/health takes no parameters");
            assertEquals(200, RawHttp.get(port, "/?q=chile&anything=1").status(), "the page ignores what it does not use");
        });
    }

    @Test
    void invented_methods_and_unknown_routes_are_counted_under_one_label_each() {
        JavalinTest.test(app.javalin(), (server, client) -> {
            for (int i = 0; i < 20; i++) {
                RawHttp.request(server.port(), "INVENTED" + (char) ('A' + i), "/api/health");
                RawHttp.get(server.port(), "/api/made/up/" + i);
            }
            List<String> lines = client.get("/metrics").body().string().lines()
                    .filter(l -> l.startsWith("filmsearch_http_requests_total{")).toList();
            assertTrue(lines.contains(
                    "filmsearch_http_requests_total{method=\"other\",route=\"unmatched\",status=\"405\"} 20.0"), lines::toString);
            assertTrue(lines.contains(
                    "filmsearch_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 20.0"), lines::toString);
            assertFalse(lines.stream().anyMatch(l -> l.contains("INVENTED") || l.contains("made/up")), lines::toString);
        });
    }

    @Test
    void head_runs_the_get_handler_without_the_body() throws Exception {
        JavalinTest.test(app.javalin(), (server, client) -> {
            int port = server.port();
            RawHttp.Answer health = RawHttp.request(port, "HEAD", "/api/health");
            assertEquals(200, health.status());
            assertEquals("application/json", health.header("Content-Type"));
            assertEquals("", health.body());
            assertEquals(400, RawHttp.request(port, "HEAD", "/api/search?size=%zz").status());
            assertEquals(404, RawHttp.request(port, "HEAD", "/api/films/tt0000000").status());
            assertEquals(200, RawHttp.request(port, "HEAD", "/api/films/tt9000004").status());
        });
        Path index = dir.resolve("head-index");
        Fixtures.index(index, Fixtures.catalogue());
        try (TestApp broken = TestApp.over(index)) {
            Path generation = broken.searchers().current().path();
            try (Stream<Path> files = Files.walk(generation)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            JavalinTest.test(broken.javalin(), (server, client) -> {
                assertEquals(500, RawHttp.request(server.port(), "GET", "/api/health").status());
                assertEquals(500, RawHttp.request(server.port(), "HEAD", "/api/health").status());
            });
        }
    }

    @Test
    void a_client_that_does_not_read_its_answers_holds_no_request_slot() throws Exception {
        HttpLimits one = HttpLimits.defaults().withConcurrency(1, 0, Duration.ZERO);
        JavalinTest.test(app.withLimits(one).javalin(), (server, client) -> {
            int port = server.port();
            try (Socket slow = new Socket()) {
                // pipelined requests for the 43 KB OpenAPI document, none of it read: the answers stall
                slow.setReceiveBufferSize(1024);
                slow.connect(new InetSocketAddress("127.0.0.1", port));
                OutputStream out = slow.getOutputStream();
                byte[] request = "GET /api/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
                for (int i = 0; i < 400; i++) {
                    out.write(request);
                }
                out.flush();
                Thread.sleep(500);
                for (int i = 0; i < 40; i++) {
                    assertEquals(200, RawHttp.get(port, "/api/health").status(), "request " + i);
                    Thread.sleep(20); // the server thread releases the one slot just after the answer is out
                }
            }
        });
    }

    @Test
    void a_client_that_stops_sending_is_disconnected_after_the_idle_timeout() {
        HttpLimits quick = HttpLimits.defaults().withIdleTimeout(Duration.ofMillis(300));
        JavalinTest.test(app.withLimits(quick).javalin(), (server, client) -> {
            assertTrue(RawHttp.closesAfter(server.port(), "GET /api/health HTTP/1.1\r\nHost: x\r\n", 10_000));
            assertEquals(200, RawHttp.get(server.port(), "/api/health").status());
        });
    }

    @Test
    void the_server_accepts_no_more_connections_than_its_limit() throws IOException {
        HttpLimits two = HttpLimits.defaults().withMaxConnections(2);
        JavalinTest.test(app.withLimits(two).javalin(), (server, client) -> {
            int port = server.port();
            try (Socket a = new Socket("127.0.0.1", port); Socket b = new Socket("127.0.0.1", port);
                 Socket c = new Socket("127.0.0.1", port)) {
                Thread.sleep(200);
                c.setSoTimeout(1_000);
                c.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                boolean answered;
                try {
                    answered = c.getInputStream().read() >= 0;
                } catch (java.net.SocketTimeoutException e) {
                    answered = false;
                }
                assertFalse(answered, "a third connection was served past the limit of two");
                a.close();
                c.setSoTimeout(10_000);
                assertEquals(200, RawHttp.read(c.getInputStream(), false).status());
            }
        });
    }
}
