package dev.filmsearch.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
}
