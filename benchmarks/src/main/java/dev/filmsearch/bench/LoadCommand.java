package dev.filmsearch.bench;

import dev.filmsearch.bench.engine.Engine;
import dev.filmsearch.bench.engine.Engines;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Loads the exported records into a running peer; prints the wall time (the benchmark's indexing figure). */
@Command(name = "load", description = "Create a peer's index and load docs.jsonl into it; prints records and seconds.")
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--engine", required = true, description = "opensearch, solr or postgres")
    String engine;

    @Option(names = "--url", required = true, description = "the engine's base URL (or JDBC URL for postgres)")
    URI url;

    @Option(names = "--docs", required = true, description = "docs.jsonl written by export")
    Path docs;

    @Override
    public Integer call() throws Exception {
        Engine e = Engines.byName(engine);
        long start = System.nanoTime();
        e.load(url, docs);
        System.out.printf("LOADED %s %.3f%n", engine, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
