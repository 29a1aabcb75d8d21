package dev.filmsearch.server;

import static dev.filmsearch.server.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.build.BuildListener;
import dev.filmsearch.build.CorpusException;
import dev.filmsearch.build.IndexBuild;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.server.reindex.ReindexStatus;
import dev.filmsearch.server.search.SearchConfig;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, item 8: other writers of the folder a server is serving. */
class SecondWriterIT {
    @TempDir
    Path dir;
    Path index;
    Path corpus;

    @BeforeEach
    void indexFixtures() throws Exception {
        index = dir.resolve("index");
        corpus = dir.resolve("corpus");
        Fixtures.index(index, Fixtures.catalogue());
        Fixtures.writeCorpus(corpus, Fixtures.catalogue());
    }

    private IndexBuild otherBuild() {
        return new IndexBuild(Fixtures.formats(), BuildListener.NONE, Clock.systemUTC());
    }

    @Test
    void builds_by_another_writer_leave_the_served_generation_and_health_metrics_and_search_keep_working()
            throws Exception {
        try (TestApp app = TestApp.over(index, new SearchConfig(SearchConfig.NO_BUDGET, 20))) {
            JavalinTest.test(app.javalin(), (server, client) -> {
                otherBuild().run(corpus, index);
                otherBuild().run(corpus, index);
                otherBuild().run(corpus, index);

                assertEquals(List.of("gen-000001", "gen-000003", "gen-000004"), generations());
                Response health = client.get("/api/health");
                assertEquals(200, health.code());
                assertEquals("gen-000001", json(health).at("/index/generation").asText());
                assertTrue(json(health).at("/index/sizeBytes").asLong() > 0);
                assertEquals(200, client.get("/metrics").code());
                assertEquals("salvador-allende", json(client.get("/api/search?q=salvador+allende")).at("/hits/0/id").asText());
            });
        }
    }

    @Test
    void a_reindex_while_another_build_writes_the_folder_fails_with_why_and_keeps_serving() throws Exception {
        try (TestApp app = TestApp.over(index, corpus, null, Fixtures.formats());
             Lock otherWriter = new IndexLayout(index).lockForWriting()) {
            CorpusException e = assertThrows(CorpusException.class, () -> otherBuild().run(corpus, index));
            assertEquals("another build is writing the index folder " + index.toAbsolutePath()
                    + "; try again when it ends", e.getMessage());

            app.reindexer().start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (app.reindexer().running() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            ReindexStatus.LastRun last = app.reindexer().status().last();

            assertEquals("failed", last.outcome());
            assertEquals("another build is writing the index folder " + index.toAbsolutePath()
                    + "; try again when it ends; the previous index is still served", last.reason());
            assertEquals("gen-000001", app.searchers().current().path().getFileName().toString());
        }
    }

    private List<String> generations() throws Exception {
        try (Stream<Path> files = Files.list(index)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }
}
