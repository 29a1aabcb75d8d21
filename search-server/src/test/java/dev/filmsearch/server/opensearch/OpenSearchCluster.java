package dev.filmsearch.server.opensearch;

import dev.filmsearch.opensearch.OpenSearchConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real OpenSearch cluster of {@value #NODES} nodes for the integration tests, started once per test JVM with
 * {@code bench/opensearch-cluster.sh} (OpenSearch 3.6.0 from Maven's local repository, on 127.0.0.1, on free
 * ports) and stopped when the JVM's tests end. With {@value #URLS_VARIABLE} set (comma-separated URLs), that
 * cluster is used instead and never stopped or harmed ({@link #owned()} is false). Inject it as a parameter.
 */
public final class OpenSearchCluster implements ParameterResolver {
    public static final int NODES = 3;
    public static final String URLS_VARIABLE = "FILMSEARCH_OPENSEARCH_URLS";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OpenSearchCluster.class);

    /** A started cluster: its node URLs, and the folder the script keeps it in (null for an external one). */
    public record Running(List<String> urls, Path dir, Path script) implements AutoCloseable {
        public boolean owned() {
            return dir != null;
        }

        public OpenSearchConnection connection() {
            return OpenSearchConnection.of(urls.toArray(new String[0]));
        }

        /** SIGKILLs node {@code i}: a crash, as the failover test needs. */
        public void kill(int i) throws IOException, InterruptedException {
            run(script, "kill", Integer.toString(i), dir.toString());
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (owned()) {
                run(script, "stop", dir.toString());
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("cluster", key -> start(), Running.class);
    }

    private static Running start() {
        String external = System.getenv(URLS_VARIABLE);
        if (external != null && !external.isBlank()) {
            return new Running(List.of(external.split(",")), null, null);
        }
        Path project = Path.of(System.getProperty("filmsearch.project.dir", "..")).toAbsolutePath().normalize();
        Path script = project.resolve("bench/opensearch-cluster.sh");
        Path dir = project.resolve("search-server/target/opensearch-cluster");
        int port = freePorts();
        try {
            run(script, "start", Integer.toString(NODES), dir.toString(), Integer.toString(port), "512m");
            String urls = Files.readString(dir.resolve("urls"), StandardCharsets.UTF_8).strip();
            return new Running(List.of(urls.split(",")), dir, script);
        } catch (IOException e) {
            throw new IllegalStateException("could not start an OpenSearch cluster: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting an OpenSearch cluster", e);
        }
    }

    /** A first HTTP port such that it, the next {@value #NODES} - 1 and their transport ports (+100) are free. */
    private static int freePorts() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            boolean free = true;
            for (int i = 0; i < NODES && free; i++) {
                free = free(base + i) && free(base + 100 + i);
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no free ports for an OpenSearch cluster on 127.0.0.1");
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", args) + " failed: " + output.strip());
        }
    }
}
