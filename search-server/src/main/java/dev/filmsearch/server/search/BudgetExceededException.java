package dev.filmsearch.server.search;

/**
 * A request ran out of its {@link TimeBudget} before it had anything to answer: the HTTP layer answers 503 with
 * {@code Retry-After}. Carries no stack trace: it is an answer, not a failure.
 */
public final class BudgetExceededException extends RuntimeException {
    public BudgetExceededException(String message) {
        super(message, null, false, false);
    }
}
