package dev.filmsearch.catalog.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.IOUtils;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.IndexType;
import org.rocksdb.LRUCache;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteBufferManager;
import org.rocksdb.WriteOptions;

/**
 * The catalogue's working store on disk: one RocksDB database with a table (column family) per kind of entry.
 * RocksDB is an LSM tree: writes go to a memory buffer that is flushed to sorted files, and a scan reads every
 * table in key order by merging those files, which makes it an external sort with point look-ups on the side,
 * the two things the catalogue needs. Its native memory is bounded by {@link StoreSettings#memoryBytes()}; the
 * write-ahead log is off (a build that dies is started again, never resumed). The folder is deleted on close.
 * One writer thread at a time; look-ups and scans may run on any thread.
 */
public final class CatalogStore implements Closeable {
    static {
        RocksDB.loadLibrary();
    }

    /** How a table is used: {@code lookup} tables get bloom filters and compaction, {@code scan} tables neither. */
    public enum Table {
        FILM_KEYS(true), FILM_TITLE_YEARS(true), FILMS(true), PEOPLE(false), REVIEWS(false), QUOTES(false), NAMES(true), NAME_FILMS(true), NAME_LINKS(true),
        FINAL_FILMS(false), SLOT_IDS(true), FILM_SUMMARIES(true), FILM_SLUGS(true), FILM_TITLES(true),
        PERSON_ENTRIES(false), RECORD_FILMS(false);

        final boolean lookup;

        Table(boolean lookup) {
            this.lookup = lookup;
        }
    }

    private static final int BATCH_BYTES = 4 << 20;

    private final Path directory;
    private final LRUCache cache;
    private final WriteBufferManager writeBuffers;
    private final DBOptions dbOptions;
    private final List<ColumnFamilyOptions> tableOptions = new ArrayList<>();
    private final List<ColumnFamilyHandle> handles = new ArrayList<>();
    private final Map<Table, ColumnFamilyHandle> tables = new EnumMap<>(Table.class);
    private final WriteOptions writeOptions = new WriteOptions().setDisableWAL(true);
    private final ReadOptions scanOptions = new ReadOptions().setFillCache(false).setReadaheadSize(2 << 20);
    private final RocksDB db;

    private CatalogStore(StoreSettings settings) throws IOException {
        this.directory = settings.directory();
        deleteTree(directory);
        Files.createDirectories(directory);
        long memory = settings.memoryBytes();
        cache = new LRUCache(memory);
        writeBuffers = new WriteBufferManager(memory / 2, cache);
        dbOptions = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true)
                .setMaxBackgroundJobs(2).setWriteBufferManager(writeBuffers).setKeepLogFileNum(1);
        List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
        descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, options(false, memory)));
        for (Table t : Table.values()) {
            descriptors.add(new ColumnFamilyDescriptor(t.name().toLowerCase(java.util.Locale.ROOT).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), options(t.lookup, memory)));
        }
        try {
            db = RocksDB.open(dbOptions, directory.toString(), descriptors, handles);
        } catch (RocksDBException e) {
            closeOptions();
            throw new IOException("cannot open the catalogue store in " + directory + ": " + e.getMessage(), e);
        }
        for (Table t : Table.values()) {
            tables.put(t, handles.get(t.ordinal() + 1));
        }
    }

    public static CatalogStore open(StoreSettings settings) throws IOException {
        return new CatalogStore(settings);
    }

    private ColumnFamilyOptions options(boolean lookup, long memory) {
        BlockBasedTableConfig table = new BlockBasedTableConfig().setBlockCache(cache)
                .setCacheIndexAndFilterBlocks(true).setPinL0FilterAndIndexBlocksInCache(true)
                .setBlockSize(lookup ? 8 << 10 : 64 << 10);
        if (lookup) {
            // Partitioned index and filters: a look-up reads one small partition of each, not a table's whole
            // index and filter block. Whole blocks of a large table (MBs each) did not stay in the bounded cache
            // and were read again for each look-up: 1.2 TB read from the page cache in 16 minutes of a full-size
            // IMDb dump's title join, which had slowed to 1 MB of gzip a minute (docs/benchmarks.md).
            table.setFilterPolicy(new BloomFilter(10, false))
                    .setIndexType(IndexType.kTwoLevelIndexSearch).setPartitionFilters(true)
                    .setMetadataBlockSize(4 << 10).setPinTopLevelIndexAndFilter(true)
                    .setCacheIndexAndFilterBlocksWithHighPriority(true);
        }
        ColumnFamilyOptions o = new ColumnFamilyOptions().setTableFormatConfig(table)
                .setCompressionType(CompressionType.LZ4_COMPRESSION)
                .setWriteBufferSize(Math.max(4L << 20, Math.min(64L << 20, memory / 8)))
                .setMaxWriteBufferNumber(2);
        if (!lookup) {
            // written once, then read in key order: no compaction, and never stall the writer on file counts
            o.setDisableAutoCompactions(true).setLevel0FileNumCompactionTrigger(1 << 30)
                    .setLevel0SlowdownWritesTrigger(1 << 30).setLevel0StopWritesTrigger(1 << 30);
        }
        tableOptions.add(o);
        return o;
    }

    public byte[] get(Table table, byte[] key) {
        try {
            return db.get(tables.get(table), key);
        } catch (RocksDBException e) {
            throw failure("read", e);
        }
    }

    public void put(Table table, byte[] key, byte[] value) {
        try {
            db.put(tables.get(table), writeOptions, key, value);
        } catch (RocksDBException e) {
            throw failure("write", e);
        }
    }

    /** A buffered writer: puts are applied in batches, and all of them by {@link Batch#close()}. */
    public Batch batch() {
        return new Batch();
    }

    /** Every entry of a table in key order. */
    public Cursor scan(Table table) {
        RocksIterator it = db.newIterator(tables.get(table), scanOptions);
        it.seekToFirst();
        return new Cursor(it, null, false);
    }

    /** Every entry of a table in reverse key order. */
    public Cursor scanBackwards(Table table) {
        RocksIterator it = db.newIterator(tables.get(table), scanOptions);
        it.seekToLast();
        return new Cursor(it, null, true);
    }

    /** A reusable cursor for look-ups of every entry whose key starts with a prefix ({@link Seeker#seek}). */
    public Seeker seeker(Table table) {
        return new Seeker(db.newIterator(tables.get(table)));
    }

    @Override
    public void close() throws IOException {
        writeOptions.close();
        scanOptions.close();
        for (ColumnFamilyHandle h : handles) {
            h.close();
        }
        db.close();
        closeOptions();
        deleteTree(directory);
    }

    private void closeOptions() {
        dbOptions.close();
        tableOptions.forEach(ColumnFamilyOptions::close);
        writeBuffers.close();
        cache.close();
    }

    private UncheckedIOException failure(String what, RocksDBException e) {
        return new UncheckedIOException(new IOException("catalogue store " + what + " failed in " + directory
                + ": " + e.getMessage(), e));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            IOUtils.rm(dir);
        }
    }

    /** Buffered puts; close applies the rest. */
    public final class Batch implements Closeable {
        private final WriteBatch batch = new WriteBatch();

        public void put(Table table, byte[] key, byte[] value) {
            try {
                batch.put(tables.get(table), key, value);
                if (batch.getDataSize() >= BATCH_BYTES) {
                    flush();
                }
            } catch (RocksDBException e) {
                throw failure("write", e);
            }
        }

        private void flush() throws RocksDBException {
            db.write(writeOptions, batch);
            batch.clear();
        }

        @Override
        public void close() {
            try {
                flush();
            } catch (RocksDBException e) {
                throw failure("write", e);
            } finally {
                batch.close();
            }
        }
    }

    /** Entries in key order (or reverse), optionally only those under a prefix. */
    public static final class Cursor implements Closeable {
        private final RocksIterator it;
        private final byte[] prefix;
        private final boolean backwards;
        private boolean started;
        private boolean ended;

        Cursor(RocksIterator it, byte[] prefix, boolean backwards) {
            this.it = it;
            this.prefix = prefix;
            this.backwards = backwards;
        }

        /** Moves to the next entry; false at the end. */
        public boolean next() {
            if (ended) {
                return false;
            }
            if (started) {
                if (backwards) {
                    it.prev();
                } else {
                    it.next();
                }
            }
            started = true;
            if (!it.isValid()) {
                try {
                    it.status();
                } catch (RocksDBException e) {
                    throw new UncheckedIOException(new IOException("catalogue store scan failed: " + e.getMessage(), e));
                }
                ended = true;
                return false;
            }
            ended = prefix != null && !StoreKeys.startsWith(it.key(), prefix);
            return !ended;
        }

        public byte[] key() {
            return it.key();
        }

        public byte[] value() {
            return it.value();
        }

        @Override
        public void close() {
            it.close();
        }
    }

    /** One iterator reused for many prefix look-ups. */
    public static final class Seeker implements Closeable {
        private final RocksIterator it;

        Seeker(RocksIterator it) {
            this.it = it;
        }

        /** Positions on the first entry under the prefix; iterate with the returned cursor (do not close it). */
        public Cursor seek(byte[] prefix) {
            it.seek(prefix);
            return new Cursor(it, prefix, false);
        }

        @Override
        public void close() {
            it.close();
        }
    }
}
