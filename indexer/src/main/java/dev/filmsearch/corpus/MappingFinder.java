package dev.filmsearch.corpus;

import dev.filmsearch.corpus.rows.Mapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the mapping file of a data file in mappings folders (the project's {@code mappings/} by default): a
 * mapping {@code …/SET/NAME.mapping.json} anywhere under a folder serves the data file {@code NAME.EXT} of the data
 * set (folder) {@code SET}, so {@code mappings/shared/aclimdb-reviews/aclimdb_reviews.mapping.json} reads
 * {@code ../shared/corpus/aclimdb-reviews/aclimdb_reviews.jsonl.gz}. A mapping beside the data file wins (the
 * scanner looks there first); of several folders the first that has one wins; within a folder, the first in path
 * order.
 */
public final class MappingFinder {
    public static final MappingFinder NONE = new MappingFinder(List.of());

    private final Map<String, Path> bySetAndName = new HashMap<>();

    /** Indexes the mapping files under the given folders (those that do not exist are ignored). */
    public MappingFinder(List<Path> folders) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> Files.isRegularFile(p) && Mapping.isMappingFile(p.getFileName().toString())
                                && p.getParent() != null && p.getParent().getFileName() != null)
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(p -> bySetAndName.putIfAbsent(key(p.getParent().getFileName().toString(),
                                p.getFileName().toString()), p));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the mappings folder " + folder, e);
            }
        }
    }

    /** The mapping for a data file, from its folder's name and its own, if a mappings folder has one. */
    public Path find(Path data) {
        Path parent = data.toAbsolutePath().normalize().getParent();
        if (parent == null || parent.getFileName() == null) {
            return null;
        }
        return bySetAndName.get(key(parent.getFileName().toString(),
                Mapping.fileNameFor(data.getFileName().toString())));
    }

    private static String key(String set, String mappingName) {
        return set + "/" + mappingName;
    }
}
