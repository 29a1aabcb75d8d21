package dev.filmsearch.server.search;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Coordinate ascent over {@link RankingWeights}: for each named weight in turn, tries it at 0, ½, ¾, 4⁄3, 2 and 3
 * times its value and keeps a change when success@1 + MRR@10 over the labelled queries improves; two rounds. How
 * the default weights were found (docs/relevance.md). Run through RelevanceIT with
 * {@code -Dfilmsearch.relevance.tune=exactTitle,popularity,...}.
 */
final class RankingTuner {
    private static final double[] FACTORS = {0, 0.5, 0.75, 4.0 / 3, 2, 3};

    private RankingTuner() {
    }

    static RankingWeights tune(RankingWeights start, List<String> names, Function<RankingWeights, Double> score,
                               StringBuilder log) {
        RankingWeights best = start;
        double bestScore = score.apply(start);
        log.append(String.format(Locale.ROOT, "start %.4f %s%n", bestScore, start));
        for (int round = 0; round < 2; round++) {
            for (String name : names) {
                float value = get(best, name);
                for (double factor : FACTORS) {
                    float tried = (float) (value == 0 ? factor * 0.5 : value * factor);
                    RankingWeights candidate = with(best, name, tried);
                    double s = score.apply(candidate);
                    if (s > bestScore + 1e-9) {
                        bestScore = s;
                        best = candidate;
                        log.append(String.format(Locale.ROOT, "  %s=%s -> %.4f%n", name, tried, s));
                    }
                }
            }
        }
        log.append(String.format(Locale.ROOT, "final %.4f %s%n", bestScore, best));
        return best;
    }

    static float get(RankingWeights w, String name) {
        try {
            return (Float) component(name).getAccessor().invoke(w);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the weights with one of them changed. */
    static RankingWeights with(RankingWeights w, String name, float value) {
        RecordComponent[] components = RankingWeights.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(w);
            }
            return RankingWeights.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordComponent component(String name) {
        for (RecordComponent c : RankingWeights.class.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no ranking weight named " + name);
    }
}
