package dev.filmsearch.build;

import dev.filmsearch.corpus.normalise.ValueReport;
import dev.filmsearch.catalog.ResolutionCounts;
import dev.filmsearch.model.RecordType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The result of a build: per source and per type what was read, indexed (after merging duplicates) and rejected,
 * the merges per rule, the files left aside, what the normalisation step did to values, where the records went
 * ({@link Written}: an index generation's folder, another engine's index), and how long it took in all and per
 * phase.
 */
public record BuildSummary(List<SourceSummary> sources, List<String> skippedFiles, Map<RecordType, Integer> read,
                           Map<RecordType, Integer> indexed, int rejected, int reviewsAttached,
                           int quotesAttached, ResolutionCounts filmMerges, ResolutionCounts peopleMerges,
                           ValueReport values, Written written, Instant builtAt, Duration took,
                           List<PhaseTime> phases) {
    public BuildSummary {
        sources = List.copyOf(sources);
        skippedFiles = List.copyOf(skippedFiles);
        read = Map.copyOf(read);
        indexed = Map.copyOf(indexed);
        phases = List.copyOf(phases);
    }

    /** Where the records went, as the summary prints it: a folder, "opensearch index films → films-…". */
    public String destination() {
        return written.describe();
    }

    public int indexed(RecordType type) {
        return indexed.getOrDefault(type, 0);
    }

    public int read(RecordType type) {
        return read.getOrDefault(type, 0);
    }

    public int indexedTotal() {
        return indexed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
