package dev.filmsearch.bench.postgres;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP front of the PostgreSQL peer. PostgreSQL speaks no HTTP, so the benchmark puts this thin server in
 * front of it, written for the benchmark only: the JDK's {@code HttpServer} on 127.0.0.1, a fixed pool of
 * {@value #THREADS} threads, each with its own JDBC connection and prepared statements ({@link PgSearch}). Its
 * HTTP parsing, JSON writing and thread hand-off are counted against PostgreSQL in the benchmark.
 *
 * <pre>
 * GET /search?kind=words|phrase&amp;q=WORDS[&amp;director=NAME][&amp;op=and|or]
 *   200 {"hits": n, "keys": ["type/id", ...top 10], "genres": {"Drama": n, ...}, "directors": {...}}
 *   400 {"error": "..."} on bad input
 * GET /health   200 {"ok": true} once PostgreSQL answers
 * </pre>
 *
 * Run: {@code java -cp filmsearch-bench.jar dev.filmsearch.bench.postgres.PgHttpFront --port 15434
 * --pg postgresql://postgres@127.0.0.1:15433/films}
 */
public final class PgHttpFront {
    static final int THREADS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PgUrl pg;
    private final ThreadLocal<PgSearch> session = new ThreadLocal<>();
    private final ConcurrentLinkedQueue<PgSearch> sessions = new ConcurrentLinkedQueue<>();

    PgHttpFront(PgUrl pg) {
        this.pg = pg;
    }

    public static void main(String[] args) throws IOException {
        Integer port = null;
        String pgUrl = null;
        int threads = THREADS;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.valueOf(require(args[i], value));
                case "--pg" -> pgUrl = require(args[i], value);
                case "--threads" -> threads = Integer.parseInt(require(args[i], value));
                default -> usage("unknown option " + args[i]);
            }
            i++;
        }
        if (port == null || pgUrl == null) {
            usage("--port and --pg are required");
        }
        PgHttpFront front = new PgHttpFront(PgUrl.parse(URI.create(pgUrl)));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 1024);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        server.setExecutor(pool);
        server.createContext("/search", front::search);
        server.createContext("/health", front::health);
        server.createContext("/", ex -> send(ex, 404, Map.of("error", "not found; GET /search or /health")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            pool.shutdownNow();
            front.sessions.forEach(PgSearch::close);
        }));
        server.start();
        System.out.printf("PgHttpFront listening on http://127.0.0.1:%d/ for %s with %d threads%n",
                port, front.pg.jdbcUrl(), threads);
    }

    private static String require(String option, String value) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println("PgHttpFront: " + problem
                + "\nusage: PgHttpFront --port HTTP_PORT --pg postgresql://USER@HOST:PORT/DATABASE [--threads N]");
        System.exit(2);
    }

    /** This thread's connection and statements, opened on its first request. */
    private PgSearch session() throws SQLException {
        PgSearch s = session.get();
        if (s == null) {
            s = new PgSearch(pg.connect("filmsearch-bench-front"));
            session.set(s);
            sessions.add(s);
        }
        return s;
    }

    /** Drops this thread's connection after an error that may have broken it; the next request opens a new one. */
    private void drop() {
        PgSearch s = session.get();
        if (s != null) {
            session.remove();
            sessions.remove(s);
            s.close();
        }
    }

    private void search(HttpExchange ex) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            send(ex, 405, Map.of("error", "GET only"));
            return;
        }
        PgSearch.Request request;
        try {
            request = PgSearch.parse(ex.getRequestURI().getRawQuery());
        } catch (PgSearch.BadRequest e) {
            send(ex, 400, Map.of("error", e.getMessage()));
            return;
        }
        try {
            send(ex, 200, json(session().run(request)));
        } catch (SQLException e) {
            if (e.getSQLState() == null || e.getSQLState().startsWith("08")) {
                drop();
            }
            send(ex, 500, Map.of("error", "PostgreSQL: " + e.getMessage()));
        } catch (RuntimeException e) {
            drop();
            send(ex, 500, Map.of("error", String.valueOf(e)));
        }
    }

    private void health(HttpExchange ex) throws IOException {
        try (Statement st = session().connection().createStatement()) {
            st.execute("SELECT 1");
            send(ex, 200, Map.of("ok", true));
        } catch (SQLException e) {
            drop();
            send(ex, 503, Map.of("ok", false, "error", String.valueOf(e.getMessage())));
        }
    }

    /** The answer's JSON: facets keep PostgreSQL's order (count, highest first). */
    static Map<String, Object> json(PgSearch.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hits", r.hits());
        out.put("keys", List.copyOf(r.keys()));
        out.put("genres", r.genres());
        out.put("directors", r.directors());
        return out;
    }

    private static void send(HttpExchange ex, int status, Object body) throws IOException {
        try (ex) {
            try (InputStream in = ex.getRequestBody()) {
                in.readAllBytes();
            }
            byte[] bytes = JSON.writeValueAsBytes(body);
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
