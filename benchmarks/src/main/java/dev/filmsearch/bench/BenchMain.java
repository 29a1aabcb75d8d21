package dev.filmsearch.bench;

import dev.filmsearch.bench.report.ReportCommand;
import dev.filmsearch.bench.run.CompareCommand;
import dev.filmsearch.bench.run.RelevanceCommand;
import dev.filmsearch.bench.run.RequestsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The side-by-side benchmark's tools, run by {@code bench/run.sh}: export the catalogue for the peers, load a
 * peer, write the load generator's request list, compare answers, score relevance, render the report.
 */
@Command(name = "filmsearch-bench", mixinStandardHelpOptions = true,
        subcommands = {ExportCommand.class, LoadCommand.class, RequestsCommand.class, CompareCommand.class,
                RelevanceCommand.class, ReportCommand.class})
public final class BenchMain implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }
}
