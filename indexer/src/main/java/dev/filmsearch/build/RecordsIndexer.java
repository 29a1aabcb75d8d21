package dev.filmsearch.build;

import dev.filmsearch.catalog.Catalog;
import dev.filmsearch.catalog.CatalogContents;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.corpus.normalise.NormalisationTally;
import dev.filmsearch.corpus.normalise.RecordNormaliser;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.model.CatalogRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Indexes records that are already in memory — through the same normalisation step, catalogue (merging,
 * attaching) and document mapping as a corpus build — into a new current generation of an index folder. For tests
 * and tools.
 */
public final class RecordsIndexer {
    private RecordsIndexer() {
    }

    /** @return the folder of the new current generation */
    public static Path index(Path indexRoot, List<? extends CatalogRecord> records, Instant builtAt) throws IOException {
        RecordNormaliser normaliser = RecordNormaliser.standard();
        NormalisationTally tally = new NormalisationTally();
        try (Catalog catalog = new Catalog()) {
            records.forEach(r -> catalog.accept(normaliser.normalise(r, tally)));
            IndexBuild build = new IndexBuild(new Formats(Map.of(), head -> false), BuildListener.NONE,
                    Clock.systemUTC());
            try (CatalogContents contents = catalog.finish()) {
                return build.write(new IndexLayout(indexRoot), contents, Path.of("(records)"), builtAt,
                        BuildListener.NONE);
            }
        }
    }
}
