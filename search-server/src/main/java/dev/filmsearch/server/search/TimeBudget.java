package dev.filmsearch.server.search;

import org.apache.lucene.index.QueryTimeout;

/**
 * The time one request may take, started when its handler starts: checked between the phases of a request
 * (parsing, query building, collecting, facets, highlights, did-you-mean, record lookups) and, as a Lucene
 * {@link QueryTimeout}, while hits are collected. Immutable; one per request.
 */
public final class TimeBudget implements QueryTimeout {
    private static final TimeBudget UNLIMITED = new TimeBudget(SearchConfig.NO_BUDGET, 0);

    private final long millis;
    private final long deadlineNanos;

    private TimeBudget(long millis, long deadlineNanos) {
        this.millis = millis;
        this.deadlineNanos = deadlineNanos;
    }

    /** A budget of {@code millis} from now; {@link SearchConfig#NO_BUDGET}: none; 0 or less: already spent. */
    public static TimeBudget start(long millis) {
        if (millis == SearchConfig.NO_BUDGET) {
            return UNLIMITED;
        }
        long bounded = Math.max(0, Math.min(millis, Long.MAX_VALUE / 4_000_000));
        return new TimeBudget(bounded, System.nanoTime() + bounded * 1_000_000);
    }

    public static TimeBudget unlimited() {
        return UNLIMITED;
    }

    public boolean isUnlimited() {
        return this == UNLIMITED;
    }

    /** The budget in milliseconds. */
    public long millis() {
        return millis;
    }

    /** True once the budget is spent. */
    public boolean exceeded() {
        return !isUnlimited() && System.nanoTime() - deadlineNanos >= 0;
    }

    @Override
    public boolean shouldExit() {
        return exceeded();
    }

    /**
     * Ends the request when the budget is spent.
     *
     * @param what what ran out of time, for the answer ("the film page")
     * @throws BudgetExceededException when it is spent
     */
    public void check(String what) {
        if (exceeded()) {
            throw new BudgetExceededException(what + " ran out of its time budget (" + millis
                    + " ms) before it could be answered; try again, or narrow the request");
        }
    }
}
