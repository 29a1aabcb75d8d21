package dev.filmsearch.tools.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Items with weights, drawn in proportion to their weight. Items are kept in a fixed order (heaviest first, ties
 * by text), so the same counts always give the same draws.
 */
public final class WeightedTable {
    private final String[] items;
    private final long[] cumulative;

    private WeightedTable(List<String> items, List<Long> weights) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a weighted table needs at least one item");
        }
        this.items = items.toArray(String[]::new);
        this.cumulative = new long[items.size()];
        long total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += weights.get(i);
            cumulative[i] = total;
        }
    }

    /** The {@code limit} most frequent items of {@code counts}, weighted by their counts. */
    public static WeightedTable fromCounts(Map<String, Long> counts, int limit) {
        List<Map.Entry<String, Long>> entries = counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .toList();
        return new WeightedTable(entries.stream().map(Map.Entry::getKey).toList(),
                entries.stream().map(Map.Entry::getValue).toList());
    }

    /** Items listed most frequent first, weighted as Zipf's law has it: the item at rank r weighs 1/r. */
    public static WeightedTable zipf(List<String> itemsByRank) {
        List<Long> weights = new ArrayList<>();
        for (int rank = 1; rank <= itemsByRank.size(); rank++) {
            weights.add(Math.max(1, 720_720L / rank));
        }
        return new WeightedTable(itemsByRank, weights);
    }

    /** The same table without its {@code skip} most frequent items (leaving at least one). */
    public WeightedTable withoutTop(int skip) {
        int from = Math.min(skip, items.length - 1);
        List<Long> weights = new ArrayList<>();
        for (int i = from; i < items.length; i++) {
            weights.add(cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]));
        }
        return new WeightedTable(Arrays.asList(items).subList(from, items.length), weights);
    }

    public String pick(RandomGenerator random) {
        return items[pickIndex(random)];
    }

    /** The rank of a drawn item (the same draw as {@link #pick}), for callers that keep the items encoded. */
    public int pickIndex(RandomGenerator random) {
        long target = random.nextLong(cumulative[cumulative.length - 1]);
        int at = Arrays.binarySearch(cumulative, target + 1);
        return at >= 0 ? at : -at - 1;
    }

    public int size() {
        return items.length;
    }

    /** The item at a rank, 0 being the most frequent. */
    public String item(int rank) {
        return items[rank];
    }
}
