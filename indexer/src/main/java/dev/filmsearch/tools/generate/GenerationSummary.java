package dev.filmsearch.tools.generate;

import java.nio.file.Path;
import java.util.List;

/** What a run wrote: records per type, Spanish reviews among the reviews, the part files and their bytes. */
public record GenerationSummary(RecordCounts counts, long spanishReviews, List<Path> files, long bytes) {
    public GenerationSummary {
        files = List.copyOf(files);
    }
}
