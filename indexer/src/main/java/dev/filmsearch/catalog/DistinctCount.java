package dev.filmsearch.catalog;

import java.nio.charset.StandardCharsets;

/**
 * About how many distinct strings were seen, in 16 KiB whatever their number (HyperLogLog, 2^14 registers, about
 * 1% off): how many people a build will index, for its progress bar, before the pass that folds them.
 */
final class DistinctCount {
    private static final int BITS = 14;
    private static final int M = 1 << BITS;
    private final byte[] registers = new byte[M];

    void add(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h = mix(h);
        int index = (int) (h >>> (64 - BITS));
        int rank = Long.numberOfLeadingZeros((h << BITS) | (1L << (BITS - 1))) + 1;
        if (rank > registers[index]) {
            registers[index] = (byte) rank;
        }
    }

    long estimate() {
        double sum = 0;
        int zeros = 0;
        for (byte r : registers) {
            sum += Math.pow(2, -r);
            if (r == 0) {
                zeros++;
            }
        }
        double alpha = 0.7213 / (1 + 1.079 / M);
        double e = alpha * M * M / sum;
        if (e <= 2.5 * M && zeros > 0) {
            e = M * Math.log((double) M / zeros);
        }
        return Math.round(e);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
