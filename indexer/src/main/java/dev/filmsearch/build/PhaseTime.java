package dev.filmsearch.build;

import java.time.Duration;

/** How long one phase of a build took ("reading", "merging", "indexing", "finishing"). */
public record PhaseTime(String phase, Duration took) {
}
