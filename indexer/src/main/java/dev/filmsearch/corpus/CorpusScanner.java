package dev.filmsearch.corpus;

import dev.filmsearch.corpus.imdbtsv.ImdbTsvReader;
import dev.filmsearch.corpus.rows.Mapping;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.ZipException;

/**
 * Walks a corpus folder (recursively, following links, in sorted path order so builds are deterministic) and
 * decides each file's format from its name and, for text pages, its first bytes:
 * {@code .jsonl}/{@code .ndjson} → jsonl, {@code .csv} → csv, {@code .json} → json, IMDb dump names
 * ({@code title.basics.tsv}, …) → one imdb-tsv source per folder, {@code .txt}/{@code .html} that look like a title
 * page → title-page; each may end in {@code .gz}. {@code NAME.mapping.json} is the mapping of the data file
 * {@code NAME.EXT} beside it. Hidden files and folders, {@code *.md} and licences are passed over; links to missing
 * files (the bundled corpus links to ../shared/corpus, which a machine may not have), link loops, folders and files
 * that cannot be read, FIFOs and other special files (never opened) and anything else are listed as skipped, each
 * with why, and the scan goes on.
 */
public final class CorpusScanner {
    private static final int SNIFF = 16 * 1024;

    private final Predicate<String> looksLikeTitlePage;
    private final MappingFinder mappings;

    /** @param looksLikeTitlePage decides from a text file's first 16 KiB whether it is a title page */
    public CorpusScanner(Predicate<String> looksLikeTitlePage) {
        this(looksLikeTitlePage, MappingFinder.NONE);
    }

    /** @param mappings where mapping files are looked for when a data file has none beside it */
    public CorpusScanner(Predicate<String> looksLikeTitlePage, MappingFinder mappings) {
        this.looksLikeTitlePage = looksLikeTitlePage;
        this.mappings = mappings;
    }

    /** What was found: the sources to read, and the files left aside with why. */
    public record Scan(List<CorpusSource> sources, List<String> skipped) {
    }

    public Scan scan(Path root) throws IOException {
        Walk walk = new Walk(root);
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        walk.files.sort(Comparator.comparing(p -> root.relativize(p).toString()));
        List<CorpusSource> sources = new ArrayList<>();
        Map<String, String> skipped = walk.skipped;
        Map<Path, List<CorpusFile>> tsvByFolder = new LinkedHashMap<>();
        for (Path path : walk.files) {
            CorpusFile file = new CorpusFile(path, root.relativize(path).toString());
            String base = file.baseName();
            if (hidden(root, path) || Mapping.isMappingFile(path.getFileName().toString())) {
                continue;
            }
            if (ImdbTsvReader.isImdbTsvName(base)) {
                tsvByFolder.computeIfAbsent(path.getParent(), k -> new ArrayList<>()).add(file);
                continue;
            }
            String format;
            try {
                format = format(file);
            } catch (IOException e) {
                skipped.put(file.name(), file.name() + " (cannot be read: " + reason(e) + ")");
                continue;
            }
            if (format == null) {
                skipped.put(file.name(), file.name());
            } else {
                sources.add(new CorpusSource(file.name(), format, List.of(file), mappingOf(root, path)));
            }
        }
        tsvByFolder.forEach((folder, tsv) -> {
            String name = root.relativize(folder).toString();
            sources.add(new CorpusSource(name.isEmpty() ? "." : name, "imdb-tsv", tsv, null));
        });
        sources.sort(Comparator.comparing(CorpusSource::name));
        return new Scan(sources, List.copyOf(skipped.values()));
    }

    /**
     * Collects the regular files under the root, following links, and everything else with why it is left aside:
     * links to missing files, link loops, folders that cannot be read, FIFOs, sockets and devices (never opened:
     * reading a FIFO would wait for a writer for ever). Hidden folders are not entered.
     */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        final List<Path> files = new ArrayList<>();
        /** Relative path → how the summary lists it, in path order. */
        final Map<String, String> skipped = new TreeMap<>();

        Walk(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (attrs.isRegularFile()) {
                files.add(file);
            } else if (hidden(root, file)) {
                return FileVisitResult.CONTINUE;
            } else if (attrs.isSymbolicLink()) {
                skip(file, "a link to " + Files.readSymbolicLink(file) + ", which is missing");
            } else {
                skip(file, "not a regular file but a FIFO, socket or device; not read");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (file.equals(root)) {
                return FileVisitResult.TERMINATE; // checked by the caller before the scan; nothing to list
            }
            skip(file, e instanceof FileSystemLoopException
                    ? "a link to a folder that contains it; the loop is not followed"
                    : "cannot be read: " + reason(e));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                skip(dir, "could not be listed to the end: " + reason(e));
            }
            return FileVisitResult.CONTINUE;
        }

        private void skip(Path path, String why) {
            String name = root.relativize(path).toString();
            skipped.put(name, name + " (" + why + ")");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private String format(CorpusFile file) throws IOException {
        String base = file.baseName();
        if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
            return "jsonl";
        }
        if (base.endsWith(".csv")) {
            return "csv";
        }
        if (base.endsWith(".json")) {
            return "json";
        }
        if (base.endsWith(".txt") || base.endsWith(".text") || base.endsWith(".html") || base.endsWith(".htm")) {
            return looksLikeTitlePage.test(head(file)) ? "title-page" : null;
        }
        return null;
    }

    /** The first 16 KiB, or what a truncated .gz gives of them. */
    private static String head(CorpusFile file) throws IOException {
        byte[] head = new byte[SNIFF];
        int n = 0;
        try (InputStream in = file.openStream()) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
        } catch (EOFException | ZipException e) {
            // judged by what could be read; the reader reports the break
        }
        return new String(head, 0, n, StandardCharsets.ISO_8859_1);
    }

    /**
     * The mapping file of a data file: "reviews.jsonl.gz" → "reviews.mapping.json" beside it, else one for its
     * data set and name in a mappings folder ({@link MappingFinder}), if present.
     */
    private CorpusFile mappingOf(Path root, Path data) {
        Path mapping = data.resolveSibling(Mapping.fileNameFor(data.getFileName().toString()));
        if (Files.isRegularFile(mapping)) {
            return new CorpusFile(mapping, root.relativize(mapping).toString());
        }
        Path found = mappings.find(data);
        return found == null ? null : new CorpusFile(found, found.toString());
    }

    private static boolean hidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            String s = part.toString();
            if (s.startsWith(".")) {
                return true;
            }
        }
        String base = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return base.endsWith(".md") || base.startsWith("license") || base.startsWith("readme");
    }
}
