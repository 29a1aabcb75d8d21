package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {
    @Test
    void the_milliseconds_left_count_down_to_zero_and_the_budget_is_then_spent() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        TimeBudget budget = TimeBudget.start(500, now::get);
        assertEquals(500, budget.remainingMillis());
        now.addAndGet(120_000_000L);
        assertEquals(380, budget.remainingMillis());
        assertFalse(budget.exceeded());
        now.addAndGet(400_000_000L);
        assertEquals(0, budget.remainingMillis());
        assertTrue(budget.exceeded());
    }

    @Test
    void an_unlimited_budget_never_runs_out() {
        assertEquals(Long.MAX_VALUE, TimeBudget.unlimited().remainingMillis());
        assertFalse(TimeBudget.unlimited().exceeded());
    }
}
