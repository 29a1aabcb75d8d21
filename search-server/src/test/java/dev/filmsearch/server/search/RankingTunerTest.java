package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTunerTest {
    @Test
    void changes_one_weight_and_keeps_the_others() {
        RankingWeights d = RankingWeights.defaults();
        RankingWeights changed = RankingTuner.with(d, "popularity", 0.5f);
        assertEquals(0.5f, changed.popularity());
        assertEquals(d, RankingTuner.with(changed, "popularity", d.popularity()));
    }

    @Test
    void climbs_to_the_best_of_the_tried_multiples() {
        RankingWeights start = RankingTuner.with(RankingWeights.defaults(), "exactTitle", 4f);
        StringBuilder log = new StringBuilder();
        RankingWeights best = RankingTuner.tune(start, List.of("exactTitle", "rating"),
                w -> -Math.abs(w.exactTitle() - 16.0) - Math.abs(w.rating() - 0.3), log);
        assertEquals(16f, best.exactTitle());
        assertEquals(0.3f, best.rating());
        assertEquals(List.of("  exactTitle=5.3333335 -> -10.6667", "  exactTitle=8.0 -> -8.0000",
                "  exactTitle=12.0 -> -4.0000", "  exactTitle=16.0 -> -0.0000"),
                log.toString().lines().filter(l -> l.startsWith("  ")).toList());
    }
}
