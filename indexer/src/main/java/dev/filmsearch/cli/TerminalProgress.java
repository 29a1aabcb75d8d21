package dev.filmsearch.cli;

import dev.filmsearch.build.BuildListener;
import dev.filmsearch.corpus.Problem;
import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a build's progress: a progress bar per phase when the output is a terminal; otherwise (a log file, a
 * pipe) a line when a phase starts and every {@value #LINE_SECONDS} seconds with its count, rate and time left
 * (from the average rate since the phase started, so it settles as the phase goes on); and the first problems as
 * {@code file:line: reason}.
 */
final class TerminalProgress implements BuildListener, AutoCloseable {
    private final PrintStream err;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final int maxProblems;
    private static final int LINE_SECONDS = 15;
    private int problems;
    private ProgressBar bar;
    private String phase;
    private long total;
    private long phaseStart;
    private long lastLine;

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
            phase = name;
            this.total = total;
            phaseStart = System.nanoTime();
            lastLine = phaseStart;
        }
    }

    @Override
    public void progress(long done) {
        if (bar != null) {
            bar.stepTo(done);
        } else if (phase != null && !quiet && System.nanoTime() - lastLine >= LINE_SECONDS * 1_000_000_000L) {
            lastLine = System.nanoTime();
            err.println(line(phase, done, total, (lastLine - phaseStart) / 1e9));
        }
    }

    /** "indexing: 1,200,000 of about 10,000,000 (12%), 11,000/s, about 13 min left" */
    static String line(String phase, long done, long total, double seconds) {
        boolean bytes = phase.equals("reading");
        double scale = bytes ? 1 << 20 : 1;
        String unit = bytes ? " MB" : "";
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: %,d%s", phase, Math.round(done / scale),
                unit));
        if (total > 0) {
            out.append(String.format(Locale.ROOT, " of about %,d%s (%d%%)", Math.round(total / scale), unit,
                    Math.min(100, done * 100 / total)));
        }
        out.append(String.format(Locale.ROOT, ", %,d%s/s", Math.round(rate / scale), unit));
        if (total > done && rate > 0) {
            long left = Math.round((total - done) / rate);
            out.append(left >= 120 ? String.format(Locale.ROOT, ", about %d min left", Math.round(left / 60.0))
                    : String.format(Locale.ROOT, ", about %d s left", left));
        }
        return out.toString();
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
