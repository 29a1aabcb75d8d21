package dev.filmsearch.server.search;

import java.util.function.LongSupplier;
import org.apache.lucene.index.QueryTimeout;

/**
 * The time one request may take, started when its handler starts: checked between the phases of a request
 * (parsing, query building, collecting, facets, highlights, did-you-mean, record lookups) and, as a Lucene
 * {@link QueryTimeout}, while hits are collected. Immutable; one per request.
 */
public final class TimeBudget implements QueryTimeout {
    private static final TimeBudget UNLIMITED = new TimeBudget(SearchConfig.NO_BUDGET, 0, System::nanoTime);

    private final long millis;
    private final long deadlineNanos;
    private final LongSupplier nanoClock;

    private TimeBudget(long millis, long deadlineNanos, LongSupplier nanoClock) {
        this.millis = millis;
        this.deadlineNanos = deadlineNanos;
        this.nanoClock = nanoClock;
    }

    /** A budget of {@code millis} from now; {@link SearchConfig#NO_BUDGET}: none; 0 or less: already spent. */
    public static TimeBudget start(long millis) {
        return start(millis, System::nanoTime);
    }

    /** On another clock (nanoseconds, as {@link System#nanoTime}): for tests. */
    static TimeBudget start(long millis, LongSupplier nanoClock) {
        if (millis == SearchConfig.NO_BUDGET) {
            return UNLIMITED;
        }
        long bounded = Math.max(0, Math.min(millis, Long.MAX_VALUE / 4_000_000));
        return new TimeBudget(bounded, nanoClock.getAsLong() + bounded * 1_000_000, nanoClock);
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

    /** Milliseconds left: 0 once spent, {@link Long#MAX_VALUE} when unlimited. */
    public long remainingMillis() {
        if (isUnlimited()) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, (deadlineNanos - nanoClock.getAsLong()) / 1_000_000);
    }

    /** True once the budget is spent. */
    public boolean exceeded() {
        return !isUnlimited() && nanoClock.getAsLong() - deadlineNanos >= 0;
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
