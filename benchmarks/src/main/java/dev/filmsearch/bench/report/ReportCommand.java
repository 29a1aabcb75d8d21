package dev.filmsearch.bench.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Rewrites the generated part of docs/benchmarks.md (between {@link #BEGIN} and {@link #END}) from a results
 * folder, and the charts beside it in docs/benchmarks/. The rest of the page is left as written.
 */
@Command(name = "report", description = "Rewrite the side-by-side tables and charts of docs/benchmarks.md.")
public final class ReportCommand implements Callable<Integer> {
    public static final String BEGIN = "<!-- BEGIN side-by-side: written by bench/run.sh, do not edit by hand -->";
    public static final String END = "<!-- END side-by-side -->";

    @Option(names = "--results", required = true, description = "the run's results folder")
    Path results;

    @Option(names = "--page", required = true, description = "docs/benchmarks.md")
    Path page;

    @Override
    public Integer call() throws Exception {
        Results r = Results.read(results);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(page, splice(text, MarkdownReport.render(r, "benchmarks/")), StandardCharsets.UTF_8);
        Path charts = page.resolveSibling("benchmarks");
        Files.createDirectories(charts);
        write(charts.resolve("search.svg"), Charts.search(r));
        write(charts.resolve("indexing.svg"), Charts.indexing(r));
        write(charts.resolve("relevance-throughput.svg"), Charts.relevanceAgainstThroughput(r));
        System.out.println("wrote " + page + " and the charts in " + charts);
        return 0;
    }

    /** The page with the text between the markers replaced; the markers are added at the end when absent. */
    static String splice(String page, String generated) {
        int b = page.indexOf(BEGIN);
        int e = page.indexOf(END);
        if (b < 0 || e < b) {
            return page + (page.endsWith("\n") ? "" : "\n") + "\n" + BEGIN + "\n" + generated + END + "\n";
        }
        return page.substring(0, b + BEGIN.length()) + "\n" + generated + page.substring(e);
    }

    private static void write(Path file, String svg) throws java.io.IOException {
        if (svg != null) {
            Files.writeString(file, svg, StandardCharsets.UTF_8);
        }
    }
}
