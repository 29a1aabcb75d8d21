package dev.filmsearch.bench.opensearch;

import dev.filmsearch.bench.engine.Answer;
import dev.filmsearch.bench.engine.Engine;
import dev.filmsearch.bench.engine.EngineRequest;
import dev.filmsearch.bench.query.BenchQuery;
import java.net.URI;
import java.nio.file.Path;

/** Placeholder until the opensearch peer lands. */
public final class OpenSearchEngine implements Engine {
    @Override
    public String name() {
        return "opensearch";
    }

    @Override
    public void load(URI base, Path docs) {
        throw new UnsupportedOperationException("the opensearch peer is not written yet");
    }

    @Override
    public EngineRequest search(BenchQuery query) {
        throw new UnsupportedOperationException("the opensearch peer is not written yet");
    }

    @Override
    public Answer answer(String responseBody) {
        throw new UnsupportedOperationException("the opensearch peer is not written yet");
    }
}
