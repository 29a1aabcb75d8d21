package dev.filmsearch.tools.generate.imdb;

import dev.filmsearch.tools.generate.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Generates dumps with the built-in vocabulary for tests and reads their files back as rows of cells. */
final class GeneratedDump {
    static final List<String> FILES = List.of("title.basics.tsv.gz", "title.akas.tsv.gz", "title.episode.tsv.gz",
            "title.crew.tsv.gz", "title.principals.tsv.gz", "title.ratings.tsv.gz", "name.basics.tsv.gz");

    private GeneratedDump() {
    }

    static ImdbDumpSummary generate(Path out, long titles, long seed, int threads, int itemsPerChunk)
            throws IOException {
        return new ImdbDumpGenerator(new ImdbDumpSettings(titles, seed, out, Vocabulary.builtIn(), threads,
                itemsPerChunk), new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)).run();
    }

    /** The lines of a generated file, header first, decompressed (all gzip members). */
    static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The data rows of a file split into cells (tabs; no quoting). */
    static List<String[]> rows(Path folder, String file) throws IOException {
        List<String> lines = lines(folder.resolve(file));
        List<String[]> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    /** SHA-256 of each file's bytes, by file name. */
    static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String file : FILES) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                digests.put(file, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(folder.resolve(file)))));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return digests;
    }
}
