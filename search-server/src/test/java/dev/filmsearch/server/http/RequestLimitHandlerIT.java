package dev.filmsearch.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request limit on a bare Jetty server whose handler blocks until the test lets it go. */
class RequestLimitHandlerIT {
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient client = HttpClient.newHttpClient();
    private Server server;

    private int start(RequestLimitHandler limit) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setErrorHandler(new ProblemErrorHandler(new ObjectMapper(), Map.of("X-Content-Type-Options", "nosniff"),
                16_384, 1));
        limit.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                entered.countDown();
                release.await(10, TimeUnit.SECONDS);
                response.setStatus(200);
                callback.succeeded();
                return true;
            }
        });
        server.setHandler(limit);
        server.start();
        return connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        server.stop();
    }

    private HttpResponse<String> get(int port) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_request_past_the_slots_and_waiters_is_answered_503_at_once_with_retry_after() throws Exception {
        int port = start(new RequestLimitHandler(1, 0, Duration.ofSeconds(5)));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return get(port);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        entered.await(10, TimeUnit.SECONDS);
        HttpResponse<String> shed = get(port);
        assertEquals(503, shed.statusCode());
        assertEquals("1", shed.headers().firstValue("Retry-After").orElse(null));
        assertEquals("nosniff", shed.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("{\"type\":\"unavailable\",\"title\":\"Service unavailable\",\"status\":503,"
                + "\"detail\":\"the server is busy; try again in 1 second\"}", shed.body());
        release.countDown();
        assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
        // the slot is given back just after the first answer is written: the next request gets it at once or
        // within a moment, never a 503 for long
        int status = get(port).statusCode();
        for (long deadline = System.nanoTime() + 2_000_000_000L; status == 503 && System.nanoTime() < deadline; ) {
            Thread.sleep(10);
            status = get(port).statusCode();
        }
        assertEquals(200, status);
    }

    @Test
    void a_waiting_request_is_answered_503_when_no_slot_frees_within_its_wait() throws Exception {
        int port = start(new RequestLimitHandler(1, 1, Duration.ofMillis(200)));
        CompletableFuture.runAsync(() -> {
            try {
                get(port);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        entered.await(10, TimeUnit.SECONDS);
        assertEquals(503, get(port).statusCode());
    }
}
