package dev.filmsearch.cli;

import dev.filmsearch.build.BuildListener;
import dev.filmsearch.corpus.Problem;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a build's progress: a progress bar per phase when the output is a terminal (plain phase lines
 * otherwise), and the first problems as {@code file:line: reason}.
 */
final class TerminalProgress implements BuildListener, AutoCloseable {
    private final PrintStream err;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final int maxProblems;
    private int problems;
    private ProgressBar bar;

    TerminalProgress(PrintStream err, boolean quiet, int maxProblems) {
        this.err = err;
        this.quiet = quiet;
        this.maxProblems = maxProblems;
    }

    @Override
    public void phase(String name, long total) {
        closeBar();
        if (quiet) {
            return;
        }
        if (terminal) {
            ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(name).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate();
            if (name.equals("reading")) {
                builder.setUnit(" MB", 1 << 20);
            }
            bar = builder.build();
        } else {
            err.println(name + "…");
        }
    }

    @Override
    public void progress(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void problem(Problem problem) {
        problems++;
        if (quiet) {
            return;
        }
        if (problems <= maxProblems) {
            err.println((problem.rejected() ? "skipped " : "value ignored ") + problem);
        } else if (problems == maxProblems + 1) {
            err.println("… more problems: see last-build.txt in the index folder");
        }
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public void close() {
        closeBar();
    }
}
