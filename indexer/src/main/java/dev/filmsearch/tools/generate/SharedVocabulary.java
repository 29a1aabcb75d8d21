package dev.filmsearch.tools.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Frequency tables counted from the real sets in the shared corpus: English words from the aclImdb reviews,
 * Spanish words from the muchocine reviews, first and last names from IMDb's {@code name.basics} samples. A
 * table whose set is missing comes from the built-in vocabulary.
 */
final class SharedVocabulary {
    static final int WORDS = 5_000;
    static final int NAMES = 2_000;
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedVocabulary() {
    }

    static Vocabulary read(Path shared, Vocabulary fallback) throws IOException {
        Map<String, Long> english = wordCounts(shared.resolve("aclimdb-reviews/aclimdb_reviews.jsonl.gz"), "text");
        Map<String, Long> spanish = wordCounts(shared.resolve("muchocine-es-reviews/muchocine_reviews.jsonl.gz"),
                "body");
        Map<String, Long> first = new HashMap<>();
        Map<String, Long> last = new HashMap<>();
        countNames(shared.resolve("imdb-tsv-samples"), first, last);
        return new Vocabulary("shared corpus " + shared,
                english.isEmpty() ? fallback.englishWords() : WeightedTable.fromCounts(english, WORDS),
                spanish.isEmpty() ? fallback.spanishWords() : WeightedTable.fromCounts(spanish, WORDS),
                first.isEmpty() ? fallback.firstNames() : WeightedTable.fromCounts(first, NAMES),
                last.isEmpty() ? fallback.lastNames() : WeightedTable.fromCounts(last, NAMES));
    }

    private static Map<String, Long> wordCounts(Path jsonLines, String field) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        if (!Files.isRegularFile(jsonLines)) {
            return counts;
        }
        try (BufferedReader lines = open(jsonLines)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode text = JSON.readTree(line).path(field);
                Matcher words = WORD.matcher(text.asText("").replace("<br />", " "));
                while (words.find()) {
                    String word = words.group().toLowerCase(Locale.ROOT);
                    if (!word.equals("br")) {
                        counts.merge(word, 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static void countNames(Path samples, Map<String, Long> first, Map<String, Long> last)
            throws IOException {
        if (!Files.isDirectory(samples)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> found = Files.walk(samples)) {
            files = found.filter(p -> p.getFileName().toString().startsWith("name.basics")).sorted().toList();
        }
        for (Path file : files) {
            try (BufferedReader lines = open(file)) {
                lines.readLine();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] cells = line.split("\t", 3);
                    String[] parts = cells.length > 1 ? cells[1].strip().split("\\s+", 2) : new String[0];
                    if (parts.length == 2 && !parts[0].isEmpty()) {
                        first.merge(parts[0], 1L, Long::sum);
                        last.merge(parts[1], 1L, Long::sum);
                    }
                }
            }
        }
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
