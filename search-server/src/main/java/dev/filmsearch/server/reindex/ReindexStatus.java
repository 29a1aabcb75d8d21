package dev.filmsearch.server.reindex;

import java.time.Instant;
import java.util.Map;

/**
 * What {@code GET /api/admin/reindex} reports: {@code state} "running" or "idle"; the progress of the run under
 * way (null when idle); the last finished run (null before the first); and how many runs ended each way since the
 * server started.
 */
public record ReindexStatus(String state, Progress progress, LastRun last, Map<String, Long> runs) {
    public ReindexStatus {
        runs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(runs));
    }

    public boolean running() {
        return "running".equals(state);
    }

    /**
     * The run under way: its phase ("starting", then the build's "reading", "merging", "indexing", then
     * "switching"), {@code done} of {@code total} of that phase (bytes while reading, records while indexing), and
     * the corpus problems met so far.
     */
    public record Progress(Instant startedAt, String phase, long done, long total, long problems) {
    }

    /** A finished run: {@code outcome} "succeeded" (with a summary) or "failed" (with the reason). */
    public record LastRun(String outcome, Instant startedAt, Instant finishedAt, long tookMs, String reason,
                          Summary summary) {
    }

    /**
     * What a successful run indexed: records per type, rows the corpus readers rejected, reviews and quotes linked
     * to a film, and the index generation now served.
     */
    public record Summary(Map<String, Integer> indexed, int rejected, int reviewsAttached, int quotesAttached,
                          String generation) {
        public Summary {
            indexed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indexed));
        }
    }
}
