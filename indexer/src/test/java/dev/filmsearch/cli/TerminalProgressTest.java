package dev.filmsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    @Test
    void a_progress_line_gives_count_share_rate_and_minutes_left() {
        assertEquals("indexing: 1,200,000 of about 10,000,000 (12%), 10,000/s, about 15 min left",
                TerminalProgress.line("indexing", 1_200_000, 10_000_000, 120));
    }

    @Test
    void reading_is_counted_in_megabytes_and_a_short_wait_in_seconds() {
        assertEquals("reading: 300 MB of about 400 MB (75%), 10 MB/s, about 10 s left",
                TerminalProgress.line("reading", 300L << 20, 400L << 20, 30));
    }

    @Test
    void a_phase_without_a_total_gives_count_and_rate_only() {
        assertEquals("linking: 5,000, 500/s", TerminalProgress.line("linking", 5_000, 0, 10));
    }
}
