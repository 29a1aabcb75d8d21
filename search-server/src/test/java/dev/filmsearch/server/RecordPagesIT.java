package dev.filmsearch.server;

import static dev.filmsearch.server.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordPagesIT {
    @TempDir
    static Path dir;
    static TestApp app;

    @BeforeAll
    static void indexFixtures() throws Exception {
        Fixtures.index(dir.resolve("index"), Fixtures.catalogue());
        app = TestApp.over(dir.resolve("index"));
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    @Test
    void film_page_shows_the_film_with_cast_reviews_most_helpful_first_and_quotes() {
        JavalinTest.test(app.app().javalin(), (server, client) -> {
            Response res = client.get("/api/films/tt9000004");
            assertEquals(200, res.code());
            java.nio.file.Files.writeString(Path.of("/tmp/out-film.json"), res.body().string());
            java.nio.file.Files.writeString(Path.of("/tmp/out-person.json"), client.get("/api/people/nm9000001").body().string());
            java.nio.file.Files.writeString(Path.of("/tmp/out-person2.json"), client.get("/api/people/al-pacino").body().string());
            java.nio.file.Files.writeString(Path.of("/tmp/out-review.json"), client.get("/api/reviews/r-fixture-3").body().string());
            java.nio.file.Files.writeString(Path.of("/tmp/out-quote.json"), client.get("/api/quotes/q-fixture-1").body().string());
            java.nio.file.Files.writeString(Path.of("/tmp/out-404.json"), client.get("/api/quotes/nope").body().string() + client.get("/api/nope").body().string()+ client.post("/api/search").body().string() + client.get("/api/health").body().string() + client.get("/metrics").body().string());
        });
    }
}
