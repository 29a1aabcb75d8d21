package dev.filmsearch.tools.generate.imdb;

import java.nio.file.Path;

/**
 * Run by {@link ImdbDumpBoundedMemoryTest} in a child JVM with a small heap: generates a dump of
 * {@code args[1]} titles into {@code args[0]} in chunks of {@code args[2]} items and prints the total TSV bytes.
 */
public final class BoundedMemoryDumpMain {
    private BoundedMemoryDumpMain() {
    }

    public static void main(String[] args) throws Exception {
        ImdbDumpSummary summary = GeneratedDump.generate(Path.of(args[0]), Long.parseLong(args[1]), 42, 2,
                Integer.parseInt(args[2]));
        System.out.println(summary.tsvBytes() + " " + summary.rows("title.principals.tsv.gz"));
    }
}
