package dev.filmsearch.bench.run;

import dev.filmsearch.bench.engine.EngineClient;
import dev.filmsearch.bench.engine.Engines;
import java.net.URI;

/** {@code name=url} on the command line: an engine and where it listens. */
record EngineSpec(String name, URI url) {
    static EngineSpec parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected ENGINE=URL, not '" + text + "'");
        }
        return new EngineSpec(text.substring(0, eq), URI.create(text.substring(eq + 1)));
    }

    EngineClient client() {
        return new EngineClient(Engines.byName(name), url);
    }
}
