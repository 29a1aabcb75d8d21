package dev.filmsearch.catalog.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Keys of the store, ordered bytewise as RocksDB orders them. A text key is its UTF-8 bytes; a grouped key is the
 * text, a 0 byte, then a big-endian number, so the entries of one group are adjacent and in number order, and
 * groups are in text order ("nm1" before "nm10", as {@link String#compareTo} puts ASCII ids).
 */
public final class StoreKeys {
    private StoreKeys() {
    }

    public static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] number(long n) {
        return ByteBuffer.allocate(Long.BYTES).putLong(n).array();
    }

    public static long number(byte[] key) {
        return ByteBuffer.wrap(key).getLong();
    }

    /** {@code text 0x00 n} */
    public static byte[] grouped(String group, long n) {
        byte[] t = text(group);
        return ByteBuffer.allocate(t.length + 1 + Long.BYTES).put(t).put((byte) 0).putLong(n).array();
    }

    /** The prefix every {@link #grouped} key of a group starts with. */
    public static byte[] groupPrefix(String group) {
        byte[] t = text(group);
        return Arrays.copyOf(t, t.length + 1);
    }

    /** The group text of a {@link #grouped} key. */
    public static String group(byte[] key) {
        return new String(key, 0, key.length - 1 - Long.BYTES, StandardCharsets.UTF_8);
    }

    /** The number of a {@link #grouped} key. */
    public static long member(byte[] key) {
        return ByteBuffer.wrap(key, key.length - Long.BYTES, Long.BYTES).getLong();
    }

    public static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }
}
