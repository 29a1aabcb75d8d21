package dev.filmsearch.server.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A corpus folder over the shared real data sets ({@code ../shared/corpus}, system property
 * {@code filmsearch.shared.corpus}): symbolic links to the data files, laid out as {@code FOLDER/FILE}, with the
 * repository's mapping files ({@code mappings/shared/FOLDER/NAME.mapping.json}) copied beside them. Nothing but
 * the mapping files is copied; closing removes the folder, the links and the copies (never what a link points to).
 */
record SharedCorpus(Path root) implements AutoCloseable {
    /** The shared folder, if the system property names an existing one. */
    static Optional<Path> shared() {
        String property = System.getProperty("filmsearch.shared.corpus");
        return property == null || !Files.isDirectory(Path.of(property)) ? Optional.empty()
                : Optional.of(Path.of(property));
    }

    /** Links {@code files} ("folder/file") of the shared folder into a new temporary folder; missing ones are left out. */
    static SharedCorpus link(Path shared, List<String> files) throws IOException {
        Path root = Files.createTempDirectory("filmsearch-relevance-corpus");
        Path mappings = Path.of(System.getProperty("filmsearch.project.dir", ".")).resolve("mappings/shared");
        for (String file : files) {
            Path data = shared.resolve(file);
            if (!Files.isRegularFile(data)) {
                continue;
            }
            Path link = root.resolve(file);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, data.toAbsolutePath());
            String mappingName = mappingName(link.getFileName().toString());
            Path mapping = mappings.resolve(file).resolveSibling(mappingName);
            if (Files.isRegularFile(mapping)) {
                Files.copy(mapping, link.resolveSibling(mappingName), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new SharedCorpus(root);
    }

    /** "reviews.jsonl.gz" → "reviews.mapping.json", as the corpus scanner looks for it. */
    static String mappingName(String dataFile) {
        String base = dataFile.replaceFirst("\\.gz$", "");
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base) + ".mapping.json";
    }

    @Override
    public void close() throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
