package dev.filmsearch.bench.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the benchmark's query file ({@code bench/peers/queries.tsv}): {@code label<TAB>kind<TAB>text<TAB>director}
 * per line, {@code #} starts a comment. A bad line is an error naming its line number: a benchmark that silently
 * drops a query compares different work.
 */
public final class QueryFile {
    private QueryFile() {
    }

    public static List<BenchQuery> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    static List<BenchQuery> parse(List<String> lines, String name) {
        List<BenchQuery> queries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3 || cols.length > 4) {
                throw new IllegalArgumentException(name + ":" + (i + 1)
                        + ": expected label<TAB>kind<TAB>text<TAB>director, found " + cols.length + " columns");
            }
            BenchQuery.Kind kind;
            try {
                kind = BenchQuery.Kind.valueOf(cols[1].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": kind must be words or phrase, not '"
                        + cols[1] + "'");
            }
            String director = cols.length == 4 && !cols[3].isBlank() ? cols[3].trim() : null;
            try {
                queries.add(new BenchQuery(kind, cols[2].trim(), director, cols[0].trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return List.copyOf(queries);
    }
}
