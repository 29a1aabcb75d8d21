package dev.filmsearch.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The minimum data rate on a bare Jetty server: small answers survive the server's stalls, slow clients do not. */
class DataRateHandlerIT {
    private static final String SMALL = "{\"status\":400,\"detail\":\"" + "x".repeat(112) + "\"}"; // 140 bytes
    private final CompletableFuture<Throwable> writeFailure = new CompletableFuture<>();
    private final CompletableFuture<Throwable> readFailure = new CompletableFuture<>();
    private Server server;

    /** Serves {@code inner} behind {@code rate}. */
    private int start(Handler.Wrapper rate, Handler inner) throws Exception {
        rate.setHandler(inner);
        return start(rate);
    }

    private int start(Handler handler) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(handler);
        server.start();
        return connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    /** Answers {@code bytes} bytes in one last write, noting a failed write. */
    private Handler answering(int bytes) {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                byte[] body = bytes == SMALL.length() ? SMALL.getBytes(StandardCharsets.US_ASCII) : new byte[bytes];
                response.setStatus(200);
                response.getHeaders().put("Content-Length", bytes);
                response.write(true, ByteBuffer.wrap(body), Callback.from(callback::succeeded, x -> {
                    writeFailure.complete(x);
                    callback.failed(x);
                }));
                return true;
            }
        };
    }

    /**
     * Wraps {@code inner} so that every write of the answer under it, after {@code inner}'s own checks, starts
     * {@code millis} late: a server stalled between scheduling a write and making it.
     */
    private static Handler stallingWrites(long millis, Handler inner) {
        Handler.Wrapper stall = new Handler.Wrapper() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return super.handle(request, new Response.Wrapper(request, response) {
                    @Override
                    public void write(boolean last, ByteBuffer content, Callback done) {
                        try {
                            Thread.sleep(millis);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        super.write(last, content, done);
                    }
                }, callback);
            }
        };
        stall.setHandler(inner);
        return stall;
    }

    private static String exchange(int port, String raw) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void the_time_allowed_is_the_grace_plus_the_bytes_at_the_minimum_rate() {
        DataRateHandler rate = new DataRateHandler(8_192, Duration.ofSeconds(1));
        assertEquals(1_000_000_000L, rate.allowedNanos(0));
        assertEquals(1_017_089_843L, rate.allowedNanos(140));
        assertEquals(2_000_000_000L, rate.allowedNanos(8_192));
        assertEquals(Long.MAX_VALUE, rate.allowedNanos(Long.MAX_VALUE / 2));
    }

    @Test
    void a_small_answer_written_after_a_200_ms_stall_is_still_sent_whole() throws Exception {
        // Jetty's MinimumDataRateHandler gave these 140 bytes 17 ms, and closed the connection with nothing sent
        DataRateHandler rate = new DataRateHandler(8_192, Duration.ofSeconds(1));
        rate.setHandler(answering(SMALL.length()));
        int port = start(stallingWrites(200, rate));
        String answer = exchange(port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        assertTrue(answer.endsWith("\r\n\r\n" + SMALL), answer);
        assertFalse(writeFailure.isDone());
    }

    @Test
    void a_client_that_reads_nothing_is_cut_off_after_the_grace_and_its_answer_at_the_minimum_rate() throws Exception {
        // 8 MB at 4 MB/s: allowed 1 s + 2 s; far more than the socket buffers take, so the write cannot complete
        int port = start(new DataRateHandler(4_000_000, Duration.ofSeconds(1)), answering(8_000_000));
        try (Socket idle = new Socket()) {
            idle.setReceiveBufferSize(4_096);
            idle.connect(new InetSocketAddress("127.0.0.1", port));
            idle.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            long started = System.nanoTime();
            Throwable failure = writeFailure.get(20, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertInstanceOf(java.util.concurrent.TimeoutException.class, failure);
            assertEquals("the client read its answer slower than 4,000,000 bytes/s", failure.getMessage());
            assertTrue(millis >= 2_900, millis + " ms: cut off before the 3 s it was allowed");
            assertTrue(drained(idle.getInputStream()) < 8_000_000, "the whole answer was sent");
        }
    }

    @Test
    void a_client_that_sends_its_body_a_byte_at_a_time_is_cut_off_after_the_grace() throws Exception {
        Handler reading = new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                Content.Source.asStringAsync(request, StandardCharsets.ISO_8859_1).whenComplete((body, x) -> {
                    if (x != null) {
                        readFailure.complete(x);
                        Response.writeError(request, response, callback, 408);
                    } else {
                        response.setStatus(200);
                        callback.succeeded();
                    }
                });
                return true;
            }
        };
        int port = start(new DataRateHandler(8_192, Duration.ofSeconds(1)), reading);
        try (Socket slow = new Socket("127.0.0.1", port)) {
            OutputStream out = slow.getOutputStream();
            long started = System.nanoTime();
            out.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < 40 && !readFailure.isDone(); i++) {
                out.write('x');
                out.flush();
                Thread.sleep(100);
            }
            Throwable failure = readFailure.get(10, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals("the client sent its request body slower than 8,192 bytes/s", failure.getMessage());
            assertTrue(millis >= 1_000, millis + " ms: cut off within the grace of 1 s");
        }
    }

    private static long drained(InputStream in) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (IOException e) {
            // reset by the server after it cut the connection
        }
        return all.size();
    }
}
