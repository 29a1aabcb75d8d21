package dev.filmsearch.corpus.imdbtsv;

import java.util.Arrays;

/**
 * A set of ints built from many repeats (the series ids of 9.5 M episode rows, about 230,000 distinct): values are
 * appended, and when the array is full it is sorted and deduplicated in place, so it grows with the distinct values
 * only. {@link #freeze()}, then {@link #contains}.
 */
final class IntSet {
    private int[] values = new int[1024];
    private int size;
    private boolean frozen;

    void add(int value) {
        if (frozen) {
            throw new IllegalStateException("frozen");
        }
        if (size == values.length) {
            compact();
            if (size > values.length / 2) {
                values = Arrays.copyOf(values, values.length * 2);
            }
        }
        values[size++] = value;
    }

    void freeze() {
        compact();
        frozen = true;
    }

    int size() {
        return size;
    }

    boolean contains(int value) {
        if (!frozen) {
            throw new IllegalStateException("call freeze() first");
        }
        return Arrays.binarySearch(values, 0, size, value) >= 0;
    }

    private void compact() {
        Arrays.sort(values, 0, size);
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (n == 0 || values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        size = n;
    }
}
