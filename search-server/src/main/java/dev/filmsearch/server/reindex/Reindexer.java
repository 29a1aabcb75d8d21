package dev.filmsearch.server.reindex;

import dev.filmsearch.build.BuildListener;
import dev.filmsearch.build.BuildSummary;
import dev.filmsearch.build.Written;
import dev.filmsearch.build.BuildTarget;
import dev.filmsearch.build.IndexTarget;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.build.CorpusException;
import dev.filmsearch.build.IndexBuild;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.server.search.IndexSearchers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the index from the configured corpus folder in the background, one run at a time, and swaps the new
 * generation in through {@link IndexSearchers#swap} when it is complete. Until then every query is answered from
 * the old generation; a run that fails leaves it in place and reports why.
 */
public final class Reindexer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

    /** How a run ended. */
    public enum Outcome {
        SUCCEEDED, FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A run was asked for while another is under way. */
    public static final class AlreadyRunningException extends Exception {
        private final transient ReindexStatus status;

        AlreadyRunningException(ReindexStatus status) {
            super("a reindex is already running", null, false, false);
            this.status = status;
        }

        public ReindexStatus status() {
            return status;
        }
    }

    /**
     * Where a run writes its records and how they are then served: a new generation of the index folder that the
     * searchers swap in ({@link #indexFolder}), or an OpenSearch index whose alias the build itself moves.
     */
    public interface Destination {
        BuildTarget target();

        /** Serves what the run wrote (the build's summary says where it went). */
        void publish(BuildSummary summary) throws IOException;

        /** How the status names what a run wrote: a generation's folder name, an index name. */
        String name(BuildSummary summary);
    }

    /** The embedded engine's destination: the index folder, its new generation swapped into {@code searchers}. */
    public static Destination indexFolder(Path index, IndexSearchers searchers) {
        return new Destination() {
            @Override
            public BuildTarget target() {
                return new IndexTarget(new IndexLayout(index));
            }

            @Override
            public void publish(BuildSummary summary) throws IOException {
                if (!(summary.written() instanceof Written.Generation generation)) {
                    throw new IllegalStateException("an index folder build wrote " + summary.destination());
                }
                searchers.swap(generation.folder());
            }

            @Override
            public String name(BuildSummary summary) {
                return summary.written().name();
            }
        };
    }

    private final Path corpus;
    private final Formats formats;
    private final Destination destination;
    private final Clock clock;
    private final Runnable afterSwap;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "filmsearch-reindex");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Run> running = new AtomicReference<>();
    private final Map<Outcome, AtomicLong> runs = new EnumMap<>(Outcome.class);
    private volatile ReindexStatus.LastRun last;

    public Reindexer(Path corpus, Path index, Formats formats, IndexSearchers searchers, Clock clock) {
        this(corpus, index, formats, searchers, clock, () -> { });
    }

    /**
     * @param corpus    the configured corpus folder, the only one a run reads
     * @param index     the index folder whose current generation {@code searchers} serves
     * @param afterSwap runs once a new generation is served, before the run is reported done (a search warm-up)
     */
    public Reindexer(Path corpus, Path index, Formats formats, IndexSearchers searchers, Clock clock,
                     Runnable afterSwap) {
        this(corpus, formats, indexFolder(index, searchers), clock, afterSwap);
    }

    /**
     * @param corpus    the configured corpus folder, the only one a run reads
     * @param afterSwap runs once the new records are served, before the run is reported done (a search warm-up)
     */
    public Reindexer(Path corpus, Formats formats, Destination destination, Clock clock, Runnable afterSwap) {
        this.afterSwap = afterSwap;
        this.corpus = corpus;
        this.formats = formats;
        this.destination = destination;
        this.clock = clock;
        for (Outcome o : Outcome.values()) {
            runs.put(o, new AtomicLong());
        }
    }

    /** Starts a run in the background and returns its status as it starts. */
    public ReindexStatus start() throws AlreadyRunningException {
        Run run = new Run(clock.instant());
        if (!running.compareAndSet(null, run)) {
            throw new AlreadyRunningException(status());
        }
        ReindexStatus started = statusWith(run);
        LOG.info("reindex of {} started", corpus);
        executor.execute(() -> execute(run));
        return started;
    }

    public ReindexStatus status() {
        return statusWith(running.get());
    }

    public boolean running() {
        return running.get() != null;
    }

    /** Runs that ended this way since the server started. */
    public long runs(Outcome outcome) {
        return runs.get(outcome).get();
    }

    private ReindexStatus statusWith(Run run) {
        Map<String, Long> counts = new LinkedHashMap<>();
        runs.forEach((outcome, n) -> counts.put(outcome.label(), n.get()));
        return new ReindexStatus(run == null ? "idle" : "running", run == null ? null : run.progress(), last, counts);
    }

    private void execute(Run run) {
        try {
            BuildSummary summary = new IndexBuild(formats, run, clock).run(corpus, destination.target());
            run.phase("switching", 1);
            destination.publish(summary);
            afterSwap.run();
            finish(run, Outcome.SUCCEEDED, null, summary(summary));
        } catch (CorpusException e) {
            finish(run, Outcome.FAILED, e.getMessage() + "; the previous index is still served", null);
        } catch (IOException e) {
            LOG.error("reindex: the new index generation cannot be opened", e);
            finish(run, Outcome.FAILED, "the new index was built but cannot be opened; the previous index is still"
                    + " served (the server log has the error)", null);
        } catch (RuntimeException | Error e) {
            LOG.error("reindex failed", e);
            finish(run, Outcome.FAILED, "internal error; the previous index is still served (the server log has"
                    + " the error)", null);
        }
    }

    private void finish(Run run, Outcome outcome, String reason, ReindexStatus.Summary summary) {
        Instant end = clock.instant();
        last = new ReindexStatus.LastRun(outcome.label(), run.startedAt, end,
                Duration.between(run.startedAt, end).toMillis(), reason, summary);
        runs.get(outcome).incrementAndGet();
        running.set(null);
        if (outcome == Outcome.SUCCEEDED) {
            LOG.info("reindex succeeded: now serving {}", summary.generation());
        } else {
            LOG.warn("reindex failed: {}", reason);
        }
    }

    private ReindexStatus.Summary summary(BuildSummary s) {
        Map<String, Integer> indexed = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            indexed.put(type.label(), s.indexed(type));
        }
        return new ReindexStatus.Summary(indexed, s.rejected(), s.reviewsAttached(), s.quotesAttached(),
                destination.name(s));
    }

    /** Stops taking runs; a run under way is abandoned with the process (its build folder is cleaned up next time). */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** One run: hears the build's phases and progress. */
    private static final class Run implements BuildListener {
        final Instant startedAt;
        private volatile String phase = "starting";
        private volatile long total;
        private volatile long done;
        private final AtomicLong problems = new AtomicLong();

        Run(Instant startedAt) {
            this.startedAt = startedAt;
        }

        @Override
        public void phase(String name, long phaseTotal) {
            done = 0;
            total = phaseTotal;
            phase = name;
        }

        @Override
        public void progress(long phaseDone) {
            done = phaseDone;
        }

        @Override
        public void problem(Problem problem) {
            problems.incrementAndGet();
        }

        ReindexStatus.Progress progress() {
            return new ReindexStatus.Progress(startedAt, phase, done, total, problems.get());
        }
    }
}
