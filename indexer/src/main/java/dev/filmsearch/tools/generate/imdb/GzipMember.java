package dev.filmsearch.tools.generate.imdb;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Compresses one chunk of a file into a complete gzip member (RFC 1952: header without time stamp or name, raw
 * deflate at {@link Deflater#BEST_SPEED}, CRC-32 and length). A file is its chunks' members one after another,
 * which gzip readers ({@code GZIPInputStream}, {@code zcat}) read as one stream; chunks compress on all threads
 * at once, and the bytes are the same for any number of threads. One instance per thread, for the thread's life
 * (the deflater's native memory is freed when it is collected).
 */
final class GzipMember {
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 4, (byte) 0xff};
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final CRC32 crc = new CRC32();
    private byte[] out = new byte[1 << 20];

    byte[] compress(byte[] data, int length) {
        deflater.reset();
        crc.reset();
        crc.update(data, 0, length);
        deflater.setInput(data, 0, length);
        deflater.finish();
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        int size = HEADER.length;
        while (!deflater.finished()) {
            if (size == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            size += deflater.deflate(out, size, out.length - size);
        }
        byte[] member = Arrays.copyOf(out, size + 8);
        writeInt(member, size, (int) crc.getValue());
        writeInt(member, size + 4, length);
        return member;
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >>> 8);
        bytes[at + 2] = (byte) (value >>> 16);
        bytes[at + 3] = (byte) (value >>> 24);
    }
}
