package dev.filmsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NativeFSLockFactory;
import org.apache.lucene.util.IOUtils;

/**
 * The folder an index lives in. Each build writes a new generation beside the current one
 * ({@code .building-000007/}), renames it to {@code gen-000007/} when complete, and only then points the
 * {@code CURRENT} file at it with an atomic rename, each step flushed to disk before the next. An interrupted build
 * leaves the last good generation current; its leftovers are removed by the next build. Older generations are
 * deleted, keeping the previous one and every generation a reader holds a {@link ReaderLease} on.
 *
 * <p>Locks are Lucene's {@link NativeFSLockFactory} locks: OS file locks that die with their process, and that it
 * also tracks within this JVM (closing any channel to a locked file would otherwise drop the JVM's lock on it).
 */
public final class IndexLayout {
    public static final String CURRENT = "CURRENT";
    /** Held by the one writer (a build) of the folder. */
    public static final String WRITE_LOCK = ".lock";
    /** Where readers' leases live: {@code gen-000004.<random>.lease}; created by the first reader. */
    public static final String READERS = ".readers";
    private static final String LEASE = ".lease";
    /** Marks a generation a writer is about to delete: {@code .deleting-gen-000004}, beside it. */
    private static final String DELETING = ".deleting-";
    private static final Pattern GENERATION = Pattern.compile("(?:gen|\\.building)-(\\d{6,})");

    /** How a file or folder is flushed to disk; tests record the calls. */
    @FunctionalInterface
    interface FileSync {
        void fsync(Path path, boolean isDirectory) throws IOException;
    }

    /** Another writer holds the folder's write lock. */
    public static final class WriterBusyException extends IOException {
        WriterBusyException(Path root, Throwable cause) {
            super("another build is writing the index folder " + root, cause);
        }
    }

    private final Path root;
    private final FileSync sync;

    public IndexLayout(Path root) {
        this(root, IOUtils::fsync);
    }

    IndexLayout(Path root, FileSync sync) {
        this.root = root.toAbsolutePath().normalize();
        this.sync = sync;
    }

    public Path root() {
        return root;
    }

    /** The current generation's folder, if a build ever completed. */
    public Optional<Path> current() {
        try {
            String name = Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).strip();
            Path dir = root.resolve(name);
            return GENERATION.matcher(name).matches() && Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.resolve(CURRENT), e);
        }
    }

    /**
     * Takes the folder's write lock (creating the folder if needed); close it when the build ends. A second
     * writer, in this process or another, gets a {@link WriterBusyException} instead of the lock.
     */
    public Lock lockForWriting() throws IOException {
        Files.createDirectories(root);
        try {
            return obtain(root, WRITE_LOCK);
        } catch (LockObtainFailedException e) {
            throw new WriterBusyException(root, e);
        }
    }

    /**
     * Leases a generation of this folder for reading: until the lease is closed no writer deletes it. Fails with
     * {@link NoSuchFileException} when the generation is gone or a writer is deleting it.
     */
    public ReaderLease lease(Path generation) throws IOException {
        Path dir = generation.toAbsolutePath().normalize();
        if (!root.equals(dir.getParent())) {
            throw new IllegalArgumentException(generation + " is not a generation of " + root);
        }
        String name = dir.getFileName().toString();
        Path readers = Files.createDirectories(root.resolve(READERS));
        String file = name + "." + UUID.randomUUID() + LEASE;
        ReaderLease lease = new ReaderLease(obtain(readers, file), readers.resolve(file));
        // a writer marks a generation before it looks for leases (a reader may create .readers/ meanwhile), and
        // deletes it only when it found none: seeing no mark after taking the lease means any writer to come will
        // see the lease
        if (Files.exists(root.resolve(DELETING + name)) || !Files.isDirectory(dir)) {
            lease.close();
            throw new NoSuchFileException(dir.toString(), null, "the generation is gone or being deleted");
        }
        return lease;
    }

    /** Creates the root if needed, removes leftovers of interrupted builds, and returns a fresh build folder. */
    public Path newBuildDirectory() throws IOException {
        Files.createDirectories(root);
        long next = 1;
        for (Path p : children()) {
            Matcher m = GENERATION.matcher(p.getFileName().toString());
            if (m.matches()) {
                next = Math.max(next, Long.parseLong(m.group(1)) + 1);
                if (p.getFileName().toString().startsWith(".building-")) {
                    deleteTree(p);
                }
            }
        }
        Path dir = root.resolve(String.format(".building-%06d", next));
        Files.createDirectory(dir);
        return dir;
    }

    /**
     * Makes a completed build current: rename it into place, switch CURRENT atomically, prune old generations.
     * Each step is on disk before the next (the build's own files were synced by its Lucene commit), so after a
     * crash or power loss CURRENT names either the previous generation or this one, both complete.
     */
    public Path publish(Path buildDirectory) throws IOException {
        String name = buildDirectory.getFileName().toString().replace(".building-", "gen-");
        Path generation = root.resolve(name);
        Files.move(buildDirectory, generation, StandardCopyOption.ATOMIC_MOVE);
        sync.fsync(root, true);
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
        sync.fsync(tmp, false);
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        sync.fsync(root, true);
        prune(generation);
        return generation;
    }

    /**
     * Deletes every completed generation but the current, the one before it and the ones a reader leases;
     * removes the leases of readers that died.
     */
    private void prune(Path current) throws IOException {
        List<Path> generations = new ArrayList<>();
        for (Path p : children()) {
            if (p.getFileName().toString().startsWith("gen-") && !p.equals(current)) {
                generations.add(p);
            }
        }
        generations.sort(Comparator.comparing(p -> p.getFileName().toString()));
        Path readers = root.resolve(READERS);
        for (int i = 0; i < generations.size() - 1; i++) {
            deleteUnlessLeased(readers, generations.get(i));
        }
        if (!Files.isDirectory(readers)) {
            return;
        }
        try (DirectoryStream<Path> leases = Files.newDirectoryStream(readers, "*" + LEASE)) {
            for (Path lease : leases) {
                String generation = lease.getFileName().toString().split("\\.", 2)[0];
                if (!Files.exists(root.resolve(generation))) {
                    live(readers, lease);
                }
            }
        }
    }

    private void deleteUnlessLeased(Path readers, Path generation) throws IOException {
        String name = generation.getFileName().toString();
        Path mark = root.resolve(DELETING + name);
        Files.write(mark, new byte[0]);
        try {
            boolean leased = false;
            if (Files.isDirectory(readers)) {
                try (DirectoryStream<Path> leases = Files.newDirectoryStream(readers, name + ".*" + LEASE)) {
                    for (Path lease : leases) {
                        leased |= live(readers, lease);
                    }
                }
            }
            if (!leased) {
                deleteTree(generation);
            }
        } finally {
            Files.deleteIfExists(mark);
        }
    }

    /** Whether a lease's holder still holds it; a stale lease (its process died) is deleted. */
    private static boolean live(Path readers, Path lease) throws IOException {
        try {
            obtain(readers, lease.getFileName().toString()).close();
        } catch (LockObtainFailedException e) {
            return true;
        }
        Files.deleteIfExists(lease);
        return false;
    }

    private static Lock obtain(Path folder, String name) throws IOException {
        try (FSDirectory dir = FSDirectory.open(folder, NativeFSLockFactory.INSTANCE)) {
            return dir.obtainLock(name);
        }
    }

    private List<Path> children() throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            ds.forEach(out::add);
        }
        return out;
    }

    /** Deletes a folder and all it holds; nothing when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            org.apache.lucene.util.IOUtils.rm(dir);
        }
    }
}
