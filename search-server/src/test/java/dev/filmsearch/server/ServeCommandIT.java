package dev.filmsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.index.IndexBuilder;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.index.IndexMetadata;
import dev.filmsearch.model.RecordType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandIT {
    @TempDir
    Path dir;
    Path corpus;
    Path index;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeCorpus() throws Exception {
        corpus = dir.resolve("corpus");
        index = dir.resolve("index");
        Fixtures.writeCorpus(corpus, Fixtures.catalogue());
    }

    private ServeCommand serve(Map<String, String> env, String... args) {
        ServeCommand command = new ServeCommand(Fixtures.formats(), print(out), print(err), env);
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private int main(String... args) {
        return Main.run(args, Fixtures.formats(), print(out), print(err), Map.of());
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void serve_on_a_fresh_checkout_builds_the_index_from_the_corpus_then_listens() throws Exception {
        ServeCommand command = serve(Map.of(ServerConfig.ADMIN_TOKEN_ENV, "t0ken"), "--port", "0", "--corpus",
                corpus.toString(), "--index", index.toString());
        try (ServerAssembly.Running server = command.start()) {
            String out = out();
            assertTrue(out.startsWith("filmsearch: there is no index in " + index + " yet; building it from " + corpus
                    + "\n"), out);
            assertTrue(out.contains("indexed 16 records into " + index.resolve("gen-000001")), out);
            assertTrue(out.endsWith("filmsearch: serving 5 films, 6 people, 3 reviews, 2 quotes on http://127.0.0.1:"
                    + server.port() + "/ (admin routes enabled)\n"), out);
            HttpResponse<String> health = get(server.port(), "/api/health");
            assertEquals(200, health.statusCode());
            assertEquals(5, TestApp.json(health.body()).at("/documents/film").asInt());
            assertEquals(401, get(server.port(), "/api/admin/reindex").statusCode());
        }
    }

    @Test
    void serve_uses_an_index_that_is_there_without_reading_the_corpus() throws Exception {
        Fixtures.index(index, Fixtures.catalogue());
        ServeCommand command = serve(Map.of(), "--port", "0", "--corpus", dir.resolve("absent").toString(),
                "--index", index.toString());
        try (ServerAssembly.Running server = command.start()) {
            assertEquals("filmsearch: serving 5 films, 6 people, 3 reviews, 2 quotes on http://127.0.0.1:"
                    + server.port() + "/ (admin routes disabled: set FILMSEARCH_ADMIN_TOKEN to enable them)\n", out());
            assertEquals(200, get(server.port(), "/api/films/tt9000004").statusCode());
        }
    }

    /**
     * The facet values come from the index's terms and the rating buckets are counted on first use; right after
     * the start (its warm-up still running) they are those of counting every record.
     */
    @Test
    void right_after_start_the_facet_values_and_rating_buckets_have_their_counts_over_the_whole_index()
            throws Exception {
        Fixtures.index(index, Fixtures.catalogue());
        ServeCommand command = serve(Map.of(), "--port", "0", "--corpus", dir.resolve("absent").toString(),
                "--index", index.toString());
        try (ServerAssembly.Running server = command.start()) {
            assertEquals(List.of("Francis Ford Coppola=6, Patricio Guzmán=4",
                    "9..10=4, 8..9=1, 7..8=5, 6..7=0, 5..6=0, 4..5=0, 3..4=0, 2..3=0, 1..2=0, 0..1=0",
                    "person=6, film=5, review=3, quote=2"), List.of(
                    values(server.port(), "director"), values(server.port(), "rating"), values(server.port(), "type")));
        }
    }

    /** "value=count, …" of a facet's values, as GET /api/facets/{name} lists them. */
    private static String values(int port, String facet) throws Exception {
        HttpResponse<String> res = get(port, "/api/facets/" + facet + "?limit=50");
        assertEquals(200, res.statusCode(), res.body());
        List<String> out = new java.util.ArrayList<>();
        TestApp.json(res.body()).get("values").forEach(v -> out.add(v.get("value").asText() + "=" + v.get("count").asLong()));
        return String.join(", ", out);
    }

    @Test
    void serve_rebuilds_an_index_written_with_another_schema_version() throws Exception {
        IndexLayout layout = new IndexLayout(index);
        Path build = layout.newBuildDirectory();
        try (IndexBuilder builder = new IndexBuilder(build)) {
            // "3": the last hand-numbered schema version, before versions were the schema's fingerprint
            builder.commit(new IndexMetadata(Instant.EPOCH, "old", "3", "old", Map.of(RecordType.FILM, 0))
                    .toUserData());
        }
        layout.publish(build);
        assertEquals(java.util.Optional.of("the index in " + index + " has schema version 3 and this filmsearch "
                + "reads version " + IndexMetadata.SCHEMA_VERSION), ServerAssembly.whyBuild(layout));
        try (ServerAssembly.Running server = serve(Map.of(), "--port", "0", "--corpus", corpus.toString(), "--index",
                index.toString()).start()) {
            assertTrue(out().contains("indexed 16 records into " + index.resolve("gen-000002")), out());
            assertEquals(200, get(server.port(), "/api/films/tt9000004").statusCode());
        }
        assertEquals(java.util.Optional.empty(), ServerAssembly.whyBuild(layout));
    }

    @Test
    void a_port_in_use_ends_serve_with_one_line_and_exit_code_1() throws Exception {
        Fixtures.index(index, Fixtures.catalogue());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertEquals(1, main("serve", "--port", Integer.toString(port), "--index", index.toString()));
            assertEquals("filmsearch serve: port " + port + " on 127.0.0.1 is already in use: stop what uses it or"
                    + " choose another port with --port\n", err());
        }
    }

    @Test
    void a_missing_corpus_on_a_fresh_checkout_ends_serve_with_one_line_and_exit_code_1() {
        Path missing = dir.resolve("missing");
        assertEquals(1, main("serve", "--port", "0", "--corpus", missing.toString(), "--index", index.toString()));
        assertEquals("filmsearch serve: corpus folder " + missing + " does not exist\n", err());
        assertEquals("filmsearch: there is no index in " + index + " yet; building it from " + missing + "\n", out());
    }

    @Test
    void serving_an_opensearch_index_no_node_answers_for_ends_serve_with_one_line_and_exit_code_1() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        assertEquals(1, main("serve", "--port", "0", "--engine", "opensearch", "--opensearch",
                "http://127.0.0.1:" + closed, "--index-name", "films"));
        assertTrue(err().startsWith("filmsearch serve: cannot serve the OpenSearch index films of http://127.0.0.1:"
                + closed + ": "), err());
        assertTrue(err().endsWith(" (build it with ./filmsearch index --target opensearch)\n"), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void an_opensearch_index_name_that_is_no_index_name_is_refused_before_the_cluster_is_asked() {
        assertEquals(1, main("serve", "--port", "0", "--engine", "opensearch", "--opensearch", "http://127.0.0.1:1",
                "--index-name", "Films!"));
        assertEquals("filmsearch serve: an OpenSearch index name is lower-case letters, digits, '-' and '_', starting"
                + " with a letter: not 'Films!'\n", err());
    }

    @Test
    void the_opensearch_options_go_together() {
        assertEquals(1, main("serve", "--port", "0", "--engine", "opensearch"));
        assertEquals("filmsearch serve: --engine opensearch needs --opensearch URL[,URL…]\n", err());
        out.reset();
        err.reset();
        assertEquals(1, main("serve", "--port", "0", "--opensearch", "http://127.0.0.1:9200", "--index",
                index.toString()));
        assertEquals("filmsearch serve: --opensearch needs --engine opensearch\n", err());
        out.reset();
        err.reset();
        assertEquals(1, main("serve", "--port", "0", "--engine", "opensearch", "--opensearch", "ftp://host:1"));
        assertEquals("filmsearch serve: an OpenSearch URL is http(s)://host:port, not 'ftp://host:1'\n", err());
    }

    @Test
    void the_index_command_is_there_too() {
        assertEquals(0, main("index", "--quiet", "--corpus", corpus.toString(), "--index", index.toString()));
        assertTrue(out().contains("indexed 16 records into " + index.resolve("gen-000001")), out());
        assertEquals("", err());
    }

    @Test
    void help_lists_the_commands_and_a_wrong_option_is_a_usage_error() {
        assertEquals(0, main("--help"));
        assertTrue(out().contains("\n  serve     Serve the index over HTTP"), out());
        assertTrue(out().contains("\n  index     Rebuild the index from a corpus folder"), out());
        assertTrue(out().contains("\n  generate  Write a synthetic film catalogue for benchmarks"), out());
        assertTrue(out().contains("\n  digest    Print a SHA-256 digest of every stored record"), out());
        assertTrue(out().contains("\n  help      Display help information about the specified command."), out());
        assertTrue(out().endsWith("""

                Launcher commands (./filmsearch only):
                  test       Run every test: mvn verify, then the browser tests (e2e/run.sh)
                  build      Build the application jar without running tests
                  java-home  Print the JDK the launcher runs with
                """), out());
        out.reset();
        assertEquals(0, main("help", "index"));
        assertTrue(out().startsWith("Usage: filmsearch index "), out());
        assertEquals(2, main("serve", "--prot", "8080"));
        assertTrue(err().startsWith("Unknown options: '--prot', '8080'"), err());
        assertFalse(err().contains("Exception"), err());
    }
}
