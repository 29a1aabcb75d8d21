package dev.filmsearch.corpus.imdbtsv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * nconst → primaryName for every person of name.basics, compact enough for the full dump (14M people ≈ 330 MB):
 * one {@code long} per person (nconst in the high 32 bits, the name's offset in the low 32) sorted for binary
 * search, and the names as UTF-8 in 1 MiB pages, each prefixed by its 2-byte length. No object per person.
 * Add in any order, call {@link #freeze()}, then look up. A repeated nconst keeps its first name.
 */
final class NameTable {
    static final int MAX_NAME_BYTES = 0xFFFF;
    private static final int PAGE_BITS = 20;
    private static final int PAGE = 1 << PAGE_BITS;

    private long[] entries = new long[1024];
    private int size;
    private boolean frozen;
    private final List<byte[]> pages = new ArrayList<>();
    private int pageFill = PAGE;

    /** Adds a person; {@code name} must be at most {@value #MAX_NAME_BYTES} bytes of UTF-8. */
    void add(int nconst, String name) {
        if (frozen) {
            throw new IllegalStateException("frozen");
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("name longer than " + MAX_NAME_BYTES + " bytes");
        }
        if (pageFill + 2 + bytes.length > PAGE) {
            pages.add(new byte[PAGE]);
            pageFill = 0;
        }
        byte[] page = pages.getLast();
        int offset = ((pages.size() - 1) << PAGE_BITS) | pageFill;
        page[pageFill] = (byte) (bytes.length >>> 8);
        page[pageFill + 1] = (byte) bytes.length;
        System.arraycopy(bytes, 0, page, pageFill + 2, bytes.length);
        pageFill += 2 + bytes.length;
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size + (size >> 1));
        }
        entries[size++] = ((long) nconst << 32) | (offset & 0xFFFF_FFFFL);
    }

    /** Sorts for look-up; entries with the same nconst stay in the order they were added (offsets grow). */
    void freeze() {
        Arrays.sort(entries, 0, size);
        frozen = true;
    }

    int size() {
        return size;
    }

    /** The name of {@code nconst}, or null when it is not in the table. */
    String name(int nconst) {
        if (!frozen) {
            throw new IllegalStateException("call freeze() first");
        }
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((int) (entries[mid] >>> 32) < nconst) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == size || (int) (entries[lo] >>> 32) != nconst) {
            return null;
        }
        int offset = (int) entries[lo];
        byte[] page = pages.get(offset >>> PAGE_BITS);
        int at = offset & (PAGE - 1);
        int length = ((page[at] & 0xFF) << 8) | (page[at + 1] & 0xFF);
        return new String(page, at + 2, length, StandardCharsets.UTF_8);
    }
}
