package dev.filmsearch.bench;

import dev.filmsearch.bench.docs.BenchDocExporter;
import dev.filmsearch.build.BuildListener;
import dev.filmsearch.build.IndexBuild;
import dev.filmsearch.catalog.CatalogContents;
import dev.filmsearch.corpus.Formats;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Reads a corpus folder as {@code filmsearch index} does and writes its records for the peers (docs.jsonl). */
@Command(name = "export", description = "Write the catalogue of a corpus folder as JSON Lines for the peer engines.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "corpus folder")
    Path corpus;

    @Option(names = "--out", required = true, description = "docs.jsonl to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        long count;
        try (CatalogContents contents = new IndexBuild(Formats.standard(), BuildListener.NONE, Clock.systemUTC())
                .readCatalogue(corpus)) {
            count = BenchDocExporter.write(contents, out);
        }
        System.out.printf("exported %d records to %s in %.1f s%n", count, out, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
