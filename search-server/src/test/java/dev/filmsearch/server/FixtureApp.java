package dev.filmsearch.server;

import dev.filmsearch.server.search.SearchConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Functional tests over one index of the fixture catalogue ({@code dir/index}, built once per class), served by
 * {@link #app} without a time budget, so answers do not depend on the machine's speed.
 */
abstract class FixtureApp {
    @TempDir
    static Path dir;
    static TestApp app;

    @BeforeAll
    static void indexFixtures() throws Exception {
        Fixtures.index(dir.resolve("index"), Fixtures.catalogue());
        app = TestApp.over(dir.resolve("index"), new SearchConfig(SearchConfig.NO_BUDGET, 20));
    }

    @AfterAll
    static void closeApp() throws Exception {
        app.close();
    }
}
