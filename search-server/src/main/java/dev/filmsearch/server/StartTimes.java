package dev.filmsearch.server;

import java.time.Duration;
import java.time.Instant;
import java.util.StringJoiner;

/**
 * The milliseconds each step of the server's start took, for its log: from the process's start to the start of
 * {@code serve} (the launcher script, which becomes the JVM; the JVM's own start; class loading; reading the command
 * line), then each step marked. Not thread-safe: one start, one thread.
 */
final class StartTimes {
    private final StringJoiner steps = new StringJoiner(", ");
    private long last = System.nanoTime();
    private final long first = last;
    private final long beforeMain;

    StartTimes() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(null);
        beforeMain = started == null ? -1 : Duration.between(started, Instant.now()).toMillis();
    }

    /** Ends a step: the time since the previous mark (or since this object was made) is the step's. */
    void mark(String step) {
        long now = System.nanoTime();
        steps.add(step + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }

    @Override
    public String toString() {
        return (beforeMain < 0 ? "" : "process start to serve " + beforeMain + " ms, ") + steps
                + "; serve to listening " + (last - first) / 1_000_000 + " ms";
    }
}
