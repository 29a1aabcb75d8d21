package dev.filmsearch.corpus;

import java.util.List;

/**
 * What one reader reads in one go: usually one file; for IMDb TSV dumps, the {@code title.*}/{@code name.*}
 * files of one folder, which are joined. {@code name} is how summaries and problems refer to it.
 * {@code mapping} is the mapping file beside a CSV/JSON file, or null.
 */
public record CorpusSource(String name, String format, List<CorpusFile> files, CorpusFile mapping) {
    public CorpusSource {
        files = List.copyOf(files);
    }

    /** This source with every data file's reads counted by {@code meter} (the mapping file's are not). */
    public CorpusSource metered(ReadMeter meter) {
        return new CorpusSource(name, format, files.stream().map(f -> f.metered(meter)).toList(), mapping);
    }

    /** The single file of a one-file source. */
    public CorpusFile file() {
        return files.getFirst();
    }
}
