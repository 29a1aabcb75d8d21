package dev.filmsearch.build;

import dev.filmsearch.corpus.Formats;
import dev.filmsearch.model.RecordType;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM with a small heap by {@link PipelineBoundedMemoryTest}: builds an index of a corpus folder
 * through the whole pipeline (readers, catalogue, documents, index) and prints the indexed counts.
 * Arguments: the corpus folder, the index folder, the catalogue store's memory in MiB.
 */
public final class PipelineMemoryMain {
    private PipelineMemoryMain() {
    }

    public static void main(String[] args) throws Exception {
        BuildSummary summary = new IndexBuild(Formats.standard(), BuildListener.NONE, Clock.systemUTC(),
                new IndexBuild.Settings(Long.parseLong(args[2]) << 20, false)).run(Path.of(args[0]), Path.of(args[1]));
        StringBuilder line = new StringBuilder("indexed=");
        for (RecordType type : RecordType.values()) {
            line.append(type.label()).append(':').append(summary.indexed().get(type)).append(' ');
        }
        System.out.println(line + "rejected=" + summary.rejected());
    }
}
