package dev.filmsearch.build;

import dev.filmsearch.corpus.ReadMeter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The reading phase's progress while a reader is inside a source: once a second, the bytes a {@link ReadMeter}
 * has counted go to the listener (at most {@code total}), so a long single source such as a full IMDb dump shows
 * a rate and an estimate instead of one line at its end. Closing stops the ticks before the next phase starts.
 */
final class ReadProgress implements AutoCloseable {
    private final ScheduledExecutorService ticker;
    private final ReadMeter meter;
    private final BuildListener listener;
    private final long total;

    ReadProgress(ReadMeter meter, long total, BuildListener listener, long tickMillis) {
        this.meter = meter;
        this.listener = listener;
        this.total = total;
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "filmsearch-read-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    /** One tick: the bytes read so far, never more than the total (a reader may read more than it declared). */
    void tick() {
        listener.progress(Math.min(total, meter.bytes()));
    }

    /** Stops the ticks (waiting for one under way) and reports the phase as done. */
    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listener.progress(total);
    }
}
