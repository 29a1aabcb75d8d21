package dev.filmsearch.corpus.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One of the tables shipped beside these classes: tab-separated lines, "#" comments and blank lines skipped. */
final class TableFile {
    private TableFile() {
    }

    /** Each line's tab-separated columns (a missing last column is an empty string). */
    static List<String[]> read(String name) {
        try (InputStream in = TableFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("table " + name + " is missing from the class path");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + name, e);
        }
    }

    /** "a|b|c" → [a, b, c]; "" → []. */
    static List<String> list(String column) {
        List<String> out = new ArrayList<>();
        for (String part : column.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
