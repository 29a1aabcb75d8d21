package dev.filmsearch.bench.solr;

import dev.filmsearch.bench.engine.Answer;
import dev.filmsearch.bench.engine.Engine;
import dev.filmsearch.bench.engine.EngineRequest;
import dev.filmsearch.bench.query.BenchQuery;
import java.net.URI;
import java.nio.file.Path;

/** Placeholder until the solr peer lands. */
public final class SolrEngine implements Engine {
    @Override
    public String name() {
        return "solr";
    }

    @Override
    public void load(URI base, Path docs) {
        throw new UnsupportedOperationException("the solr peer is not written yet");
    }

    @Override
    public EngineRequest search(BenchQuery query) {
        throw new UnsupportedOperationException("the solr peer is not written yet");
    }

    @Override
    public Answer answer(String responseBody) {
        throw new UnsupportedOperationException("the solr peer is not written yet");
    }
}
