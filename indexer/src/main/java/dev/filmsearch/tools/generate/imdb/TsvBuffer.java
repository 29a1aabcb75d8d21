package dev.filmsearch.tools.generate.imdb;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the few writes a TSV row needs: text, numbers, padded ids, {@code \N}, tabs. */
final class TsvBuffer {
    private static final byte[] NULL = {'\\', 'N'};
    private byte[] bytes;
    private int size;

    TsvBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    void reset() {
        size = 0;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    TsvBuffer bytes(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    TsvBuffer text(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    /** Text known to be ASCII (column names, fixed words). */
    TsvBuffer ascii(String value) {
        int length = value.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            bytes[size++] = (byte) value.charAt(i);
        }
        return this;
    }

    TsvBuffer ch(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    TsvBuffer tab() {
        return ch('\t');
    }

    TsvBuffer newline() {
        return ch('\n');
    }

    /** IMDb's null marker, {@code \N}. */
    TsvBuffer nul() {
        return bytes(NULL);
    }

    TsvBuffer number(long value) {
        if (value < 0) {
            ch('-');
            value = -value;
        }
        return padded(value, 1);
    }

    /** A number or {@code \N} when it is 0 (years, runtimes and season numbers are never 0 in the dumps). */
    TsvBuffer numberOrNull(long value) {
        return value == 0 ? nul() : number(value);
    }

    /** Copies {@code length} bytes this buffer already holds from {@code from} to its end (a repeated id). */
    TsvBuffer repeat(int from, int length) {
        ensure(length);
        System.arraycopy(bytes, from, bytes, size, length);
        size += length;
        return this;
    }

    /** A non-negative number on at least {@code digits} digits, zero-padded. */
    TsvBuffer padded(long value, int digits) {
        if (value <= Integer.MAX_VALUE) {
            return padded((int) value, digits);
        }
        int length = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            length++;
        }
        length = Math.max(length, digits);
        ensure(length);
        for (int i = size + length - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += length;
        return this;
    }

    /** The same for an int, two digits at a time (ids are written for every row: this is the hot path). */
    private TsvBuffer padded(int value, int digits) {
        int length = Math.max(digits, decimalLength(value));
        ensure(length);
        int at = size + length;
        while (value >= 100) {
            int quotient = value / 100;
            int pair = value - quotient * 100;
            bytes[--at] = (byte) ('0' + pair % 10);
            bytes[--at] = (byte) ('0' + pair / 10);
            value = quotient;
        }
        bytes[--at] = (byte) ('0' + value % 10);
        if (value >= 10) {
            bytes[--at] = (byte) ('0' + value / 10);
        }
        while (at > size) {
            bytes[--at] = '0';
        }
        size += length;
        return this;
    }

    private static int decimalLength(int value) {
        int length = 1;
        for (int limit = 10; length < 10 && value >= limit; limit *= 10) {
            length++;
        }
        return length;
    }

    /** A value in tenths as one decimal: 73 → {@code 7.3}. */
    TsvBuffer tenths(int value) {
        number(value / 10);
        ch('.');
        return ch((char) ('0' + value % 10));
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }
}
