package dev.filmsearch.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * What one reader reads in one go: usually one file; for IMDb TSV dumps, the {@code title.*}/{@code name.*}
 * files of one folder, which are joined. {@code name} is how summaries and problems refer to it.
 * {@code mapping} is the mapping file beside a CSV/JSON file, or null. {@code scratch} is the folder a reader may
 * write temporary files under (the IMDb reader's sort runs), which the build owns and removes, even after a killed
 * run; null: the system's temporary folder.
 */
public record CorpusSource(String name, String format, List<CorpusFile> files, CorpusFile mapping, Path scratch) {
    public CorpusSource {
        files = List.copyOf(files);
    }

    /** A source without a scratch folder of its own. */
    public CorpusSource(String name, String format, List<CorpusFile> files, CorpusFile mapping) {
        this(name, format, files, mapping, null);
    }

    /** This source with every data file's reads counted by {@code meter} (the mapping file's are not). */
    public CorpusSource metered(ReadMeter meter) {
        return new CorpusSource(name, format, files.stream().map(f -> f.metered(meter)).toList(), mapping, scratch);
    }

    /** This source with its temporary files under {@code folder}. */
    public CorpusSource withScratch(Path folder) {
        return new CorpusSource(name, format, files, mapping, folder);
    }

    /** The single file of a one-file source. */
    public CorpusFile file() {
        return files.getFirst();
    }
}
