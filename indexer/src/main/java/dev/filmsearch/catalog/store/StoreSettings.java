package dev.filmsearch.catalog.store;

import java.nio.file.Path;

/**
 * Where the catalogue's on-disk store lives and how much memory it may use outside the Java heap.
 * {@code memoryBytes} is shared by the read cache and the write buffers (RocksDB's block cache and write buffer
 * manager charge the same budget), so the store's native memory stays near it whatever the corpus size.
 */
public record StoreSettings(Path directory, long memoryBytes) {
    /** 512 MiB: with the launcher's 2 GiB heap, a build stays under 3 GiB resident. */
    public static final long DEFAULT_MEMORY = 512L << 20;
    private static final long MIN_MEMORY = 16L << 20;

    public StoreSettings {
        if (directory == null) {
            throw new IllegalArgumentException("the store needs a directory");
        }
        if (memoryBytes < MIN_MEMORY) {
            throw new IllegalArgumentException("the store needs at least 16 MiB, not " + memoryBytes + " bytes");
        }
    }

    public StoreSettings withMemory(long bytes) {
        return new StoreSettings(directory, bytes);
    }

    public static StoreSettings in(Path directory) {
        return new StoreSettings(directory, DEFAULT_MEMORY);
    }
}
