package dev.filmsearch.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void no_command_or_options_only_mean_serve() {
        assertArrayEquals(new String[] {"serve"}, Main.withCommand(new String[0]));
        assertArrayEquals(new String[] {"serve", "--port", "8080"}, Main.withCommand(new String[] {"--port", "8080"}));
        assertArrayEquals(new String[] {"index", "--quiet"}, Main.withCommand(new String[] {"index", "--quiet"}));
        assertArrayEquals(new String[] {"--help"}, Main.withCommand(new String[] {"--help"}));
        assertArrayEquals(new String[] {"-V"}, Main.withCommand(new String[] {"-V"}));
    }

    @Test
    void version_names_the_project_version_and_the_commit_the_jar_was_built_from() throws Exception {
        String[] version = new Main.Version().getVersion();

        assertEquals(1, version.length);
        assertTrue(version[0].matches("filmsearch \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{7,40}|unknown)\\)"),
                version[0]);
    }

    @Test
    void version_takes_the_commit_the_launcher_passes() throws Exception {
        String before = System.getProperty(Main.COMMIT_PROPERTY);
        System.setProperty(Main.COMMIT_PROPERTY, "0123456789ab");
        try {
            assertTrue(new Main.Version().getVersion()[0].endsWith("-SNAPSHOT (commit 0123456789ab)"));
        } finally {
            if (before == null) {
                System.clearProperty(Main.COMMIT_PROPERTY);
            } else {
                System.setProperty(Main.COMMIT_PROPERTY, before);
            }
        }
    }
}
