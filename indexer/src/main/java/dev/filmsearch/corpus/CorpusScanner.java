package dev.filmsearch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import dev.filmsearch.corpus.imdbtsv.ImdbTsvReader;
import dev.filmsearch.corpus.rows.Mapping;
import java.util.stream.Stream;

/**
 * Walks a corpus folder (recursively, following links, in sorted path order so builds are deterministic) and
 * decides each file's format from its name and, for text pages, its first bytes:
 * {@code .jsonl}/{@code .ndjson} → jsonl, {@code .csv} → csv, {@code .json} → json, IMDb dump names
 * ({@code title.basics.tsv}, …) → one imdb-tsv source per folder, {@code .txt}/{@code .html} that look like a title
 * page → title-page; each may end in {@code .gz}. {@code NAME.mapping.json} is the mapping of the data file
 * {@code NAME.EXT} beside it. Hidden files, {@code *.md}, licences, links to missing files (the bundled corpus links
 * to ../shared/corpus, which a machine may not have) and anything else are listed as skipped.
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
        List<Path> files;
        List<Path> broken;
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            List<Path> all = walk.sorted(Comparator.comparing(p -> root.relativize(p).toString())).toList();
            files = all.stream().filter(Files::isRegularFile).toList();
            broken = all.stream().filter(p -> Files.isSymbolicLink(p) && !Files.exists(p)).toList();
        }
        List<CorpusSource> sources = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path link : broken) {
            skipped.add(root.relativize(link) + " (a link to " + Files.readSymbolicLink(link) + ", which is missing)");
        }
        Map<Path, List<CorpusFile>> tsvByFolder = new LinkedHashMap<>();
        for (Path path : files) {
            CorpusFile file = new CorpusFile(path, root.relativize(path).toString());
            String base = file.baseName();
            if (hidden(root, path) || Mapping.isMappingFile(path.getFileName().toString())) {
                continue;
            }
            if (ImdbTsvReader.isImdbTsvName(base)) {
                tsvByFolder.computeIfAbsent(path.getParent(), k -> new ArrayList<>()).add(file);
                continue;
            }
            String format = format(file);
            if (format == null) {
                skipped.add(file.name());
            } else {
                sources.add(new CorpusSource(file.name(), format, List.of(file), mappingOf(root, path)));
            }
        }
        tsvByFolder.forEach((folder, tsv) -> {
            String name = root.relativize(folder).toString();
            sources.add(new CorpusSource(name.isEmpty() ? "." : name, "imdb-tsv", tsv, null));
        });
        sources.sort(Comparator.comparing(CorpusSource::name));
        return new Scan(sources, skipped);
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

    private static String head(CorpusFile file) throws IOException {
        try (InputStream in = file.openStream()) {
            return new String(in.readNBytes(SNIFF), StandardCharsets.ISO_8859_1);
        }
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
