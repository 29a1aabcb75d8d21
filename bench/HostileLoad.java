import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load cases of bench/hostile-load.sh, against a running server on 127.0.0.1:PORT (run with
 * {@code java bench/HostileLoad.java PORT [ADMIN_TOKEN]}): ordinary searches alone, the same searches while 300 slow
 * readers hold connections with answers they never read, a burst of 200 searches at once, and, given the server's
 * admin token, searches while an admin reindex rebuilds and swaps the index. Prints one Markdown table. Every
 * phase is bounded in requests and time.
 */
public class HostileLoad {
    static final String[] QUERIES = {"q=godfather", "q=star+wars&type=film", "q=allende", "q=the&sort=votes",
            "q=love&director=Steven+Spielberg", "q=war&year=1970..1979", "q=guzman&rating=7..", "q=", "q=matrix",
            "q=terminator&page=2"};

    record Result(int status, long micros, long connectMicros) {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        searches(port, 4, 400); // warm-up, not reported
        System.out.println("| case | requests | 200 | 503 | other | p50 ms | p99 ms | max ms | max connect ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        print("searches alone, 4 clients", searches(port, 4, 400));
        try (SlowReaders slow = new SlowReaders(port, 300)) {
            Thread.sleep(2_000);
            print("the same while 300 slow readers hold connections", searches(port, 4, 400));
            System.err.println("slow readers connected: " + slow.connected);
        }
        Thread.sleep(1_000);
        print("a burst of 200 searches at once", burst(port, 200));
        print("searches alone again, 4 clients", searches(port, 4, 400));
        if (args.length > 1) {
            underReindex(port, args[1]);
        }
    }

    /**
     * Starts an admin reindex, then searches from 4 clients until it has finished (at most 5,000 searches or
     * 180 s), and prints the searches with how the reindex ended: the old index answers until the swap.
     */
    static void underReindex(int port, String token) throws InterruptedException {
        String auth = "Authorization: Bearer " + token + "\r\n";
        Result started = exchange(port, "POST", "/api/admin/reindex", auth).result();
        if (started.status() != 202) {
            System.out.println("| searches while a reindex runs | reindex not started: " + started.status()
                    + " | | | | | | | |");
            return;
        }
        long begin = System.nanoTime();
        List<Result> out = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < 5_000 && !done.get(); i = next.getAndIncrement()) {
                    out.add(get(port, "/api/search?" + QUERIES[i % QUERIES.length]));
                }
            });
        }
        String outcome = "still running after 180 s";
        while (System.nanoTime() - begin < 180_000_000_000L) {
            Thread.sleep(500);
            String status = exchange(port, "GET", "/api/admin/reindex", auth).body().replace(" ", "");
            if (status.contains("\"state\":\"idle\"") || !status.contains("\"state\":\"running\"")) {
                int at = status.indexOf("\"outcome\":");
                outcome = at < 0 ? "finished" : status.substring(at + 11, status.indexOf(',', at)).replace("\"", "");
                break;
            }
        }
        done.set(true);
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        print(String.format(Locale.ROOT, "searches while a reindex runs (%s in %.0f s)", outcome,
                (System.nanoTime() - begin) / 1e9), out);
    }

    /** {@code total} searches from {@code clients} threads, each request on its own connection. */
    static List<Result> searches(int port, int clients, int total) throws InterruptedException {
        List<Result> out = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    out.add(get(port, "/api/search?" + QUERIES[i % QUERIES.length]));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(120, TimeUnit.SECONDS);
        return out;
    }

    /** {@code n} searches started together. */
    static List<Result> burst(int port, int n) throws InterruptedException {
        List<Result> out = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String query = QUERIES[i % QUERIES.length];
            Thread t = Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                out.add(get(port, "/api/search?" + query));
            });
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(60_000);
        }
        return out;
    }

    static Result get(int port, String target) {
        return exchange(port, "GET", target, "").result();
    }

    /** What one request got: its result and the body of the answer ("" when it failed). */
    record Answer(Result result, String body) {
    }

    /** One request on its own connection, with extra header lines; the whole answer is read. */
    static Answer exchange(int port, String method, String target, String headers) {
        long started = System.nanoTime();
        long connected = started;
        int status = -1;
        String body = "";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            connected = System.nanoTime();
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String length = method.equals("GET") ? "" : "Content-Length: 0\r\n";
            out.write((method + " " + target + " HTTP/1.1\r\nHost: x\r\n" + headers + length
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (answer.startsWith("HTTP/")) {
                status = Integer.parseInt(answer.split(" ")[1]);
                int split = answer.indexOf("\r\n\r\n");
                body = split < 0 ? "" : answer.substring(split + 4);
            }
        } catch (IOException | RuntimeException e) {
            status = -1;
        }
        return new Answer(new Result(status, (System.nanoTime() - started) / 1_000, (connected - started) / 1_000),
                body);
    }

    static void print(String name, List<Result> results) {
        List<Long> micros = new ArrayList<>(results.stream().map(Result::micros).toList());
        Collections.sort(micros);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        results.forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
        int ok = byStatus.getOrDefault(200, 0);
        int shed = byStatus.getOrDefault(503, 0);
        long maxConnect = results.stream().mapToLong(Result::connectMicros).max().orElse(0);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", name,
                results.size(), ok, shed, results.size() - ok - shed, pct(micros, 50), pct(micros, 99),
                micros.isEmpty() ? 0.0 : micros.getLast() / 1000.0, maxConnect / 1000.0);
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    /** Connections that ask for answers over and over and never read them, with a tiny receive window. */
    static final class SlowReaders implements AutoCloseable {
        final List<Socket> sockets = new ArrayList<>();
        int connected;

        SlowReaders(int port, int n) {
            byte[] request = "GET /api/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i < n; i++) {
                try {
                    Socket s = new Socket();
                    s.setReceiveBufferSize(1024);
                    s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
                    s.setSoTimeout(1);
                    OutputStream out = s.getOutputStream();
                    for (int r = 0; r < 50; r++) {
                        out.write(request);
                    }
                    out.flush();
                    sockets.add(s);
                    connected++;
                } catch (IOException e) {
                    // refused or reset: the server's connection limit at work
                }
            }
        }

        @Override
        public void close() {
            for (Socket s : sockets) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }
    }
}
