package dev.filmsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder an index lives in. Each build writes a new generation beside the current one
 * ({@code .building-000007/}), renames it to {@code gen-000007/} when complete, and only then points the
 * {@code CURRENT} file at it with an atomic rename. An interrupted build leaves the last good generation current;
 * its leftovers are removed by the next build. Older generations are deleted, keeping the previous one.
 */
public final class IndexLayout {
    public static final String CURRENT = "CURRENT";
    private static final Pattern GENERATION = Pattern.compile("(?:gen|\\.building)-(\\d{6,})");

    private final Path root;

    public IndexLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
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

    /** Makes a completed build current: rename it into place, switch CURRENT atomically, prune old generations. */
    public Path publish(Path buildDirectory) throws IOException {
        String name = buildDirectory.getFileName().toString().replace(".building-", "gen-");
        Path generation = root.resolve(name);
        Files.move(buildDirectory, generation, StandardCopyOption.ATOMIC_MOVE);
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
        prune(generation);
        return generation;
    }

    /** Deletes every completed generation but the current and the one before it (readers may still use it). */
    private void prune(Path current) throws IOException {
        List<Path> generations = new ArrayList<>();
        for (Path p : children()) {
            if (p.getFileName().toString().startsWith("gen-") && !p.equals(current)) {
                generations.add(p);
            }
        }
        generations.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (int i = 0; i < generations.size() - 1; i++) {
            deleteTree(generations.get(i));
        }
    }

    private List<Path> children() throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            ds.forEach(out::add);
        }
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
