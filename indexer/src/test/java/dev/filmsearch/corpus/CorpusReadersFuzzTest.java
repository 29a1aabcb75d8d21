package dev.filmsearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.filmsearch.corpus.csv.CsvReader;
import dev.filmsearch.corpus.imdbtsv.ImdbTsvReader;
import dev.filmsearch.corpus.json.JsonArrayReader;
import dev.filmsearch.corpus.json.JsonLinesReader;
import dev.filmsearch.corpus.rows.Mapping;
import dev.filmsearch.corpus.rows.RowFixtures;
import dev.filmsearch.corpus.titlepage.TitlePageReader;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "keep it fixed": each corpus reader over its fixture files, mutated a few hundred times from a fixed
 * seed, 120 rounds per fixture (truncation, byte flips, deleted bytes, inserted quotes, braces, deep nesting, bytes that are not UTF-8,
 * huge lines, truncated gzip). No exception may escape a reader, and every record of the fixture that the mutation
 * did not touch must still come out. A record is a unit of the file (a line, a CSV record, an element of a JSON
 * array) and is touched when the mutation falls in it or next to it; a mutation of a header or of the array's
 * brackets touches them all. Seeded, so a failure names the round that reproduces it; bounded to a few seconds.
 */
class CorpusReadersFuzzTest {
    /** {@code -Dfuzz.seed=N -Dfuzz.rounds=N} run other or more rounds locally; the suite runs these. */
    private static final long SEED = Long.getLong("fuzz.seed", 0x11_2026_12_01L);
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 120);

    @TempDir
    Path dir;

    /** Bytes [start, end) of a fixture file (end includes the line end) and the records they give alone. */
    private record Unit(int start, int end, List<CatalogRecord> records) {
    }

    /** A mutated copy of the fixture, how it was made, and the bytes of the original it touched. */
    private record Mutant(byte[] bytes, String how, int from, int to, boolean truncated) {
        /** A cut touches a unit it falls in, and a last line without a line end that it meets (its gzip trailer). */
        boolean touches(Unit u, byte[] original) {
            if (truncated) {
                return u.end() > from || u.end() == from && original[u.end() - 1] != '\n';
            }
            return u.start() <= to && from < u.end();
        }
    }

    @Test
    void the_json_lines_reader_loses_no_untouched_line_of_mutated_files() throws IOException {
        fuzz(new JsonLinesReader(), "native.jsonl", 0, lineUnits(new JsonLinesReader(), "native.jsonl"));
        fuzz(new JsonLinesReader(), "reviews.jsonl", 0, lineUnits(new JsonLinesReader(), "reviews.jsonl"));
    }

    @Test
    void the_csv_reader_loses_no_untouched_record_of_mutated_files() throws IOException {
        for (String fixture : List.of("top1000.csv", "tmdb.csv", "bad.csv", "quotes.csv", "imdb5000.csv")) {
            byte[] bytes = fixture(fixture);
            int header = lineEnd(bytes, 0);
            fuzz(new CsvReader(), fixture, header, csvUnits(fixture, bytes, header));
        }
    }

    @Test
    void the_json_array_reader_loses_no_untouched_element_of_mutated_files() throws IOException {
        for (String fixture : List.of("films.json", "typed.json")) {
            fuzz(new JsonArrayReader(), fixture, 0, arrayUnits(fixture));
        }
    }

    @Test
    void the_title_page_reader_survives_mutated_pages() throws IOException {
        try (Stream<Path> pages = Files.list(folder("/titlepage"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(page);
                // a page is one unit: its film, reviews and quotes hang together
                fuzz(new TitlePageReader(), page, List.of(new Unit(0, bytes.length, List.of())), ROUNDS / 8);
            }
        }
    }

    @Test
    void the_imdb_tsv_reader_loses_no_film_whose_title_line_is_untouched() throws IOException {
        Path tiny = folder("/imdbtsv/tiny");
        List<String> names;
        try (Stream<Path> files = Files.list(tiny)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<CorpusFile> originals = names.stream().map(n -> new CorpusFile(tiny.resolve(n), "tiny/" + n)).toList();
        Set<String> read = new HashSet<>(readOrFail(new ImdbTsvReader(), new CorpusSource("tiny", "imdb-tsv", originals,
                null), "the fixture").films().stream().map(Film::id).toList());
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            String victim = names.get(random.nextInt(names.size()));
            byte[] original = Files.readAllBytes(tiny.resolve(victim));
            Mutant m = mutate(original, random);
            Path copy = Files.createDirectories(dir.resolve("imdb-" + round));
            for (String name : names) {
                Files.write(copy.resolve(name), name.equals(victim) ? m.bytes() : Files.readAllBytes(tiny.resolve(name)));
            }
            List<CorpusFile> files = names.stream().map(n -> new CorpusFile(copy.resolve(n), "tiny/" + n)).toList();
            CollectingSink sink = readOrFail(new ImdbTsvReader(), new CorpusSource("tiny", "imdb-tsv", files, null),
                    victim + " round " + round + ": " + m.how());
            Set<String> films = new HashSet<>(sink.films().stream().map(Film::id).toList());
            for (String id : filmsOfUntouchedTitleLines(original, victim, m)) {
                if (!read.contains(id)) {
                    continue; // a line the reader rejects anyway
                }
                assertTrue(films.contains(id), victim + " round " + round + " (" + m.how() + ") lost " + id);
            }
            assertTrue(read.size() >= 4);
            deleteTree(copy);
        }
    }

    /** The ids of title.basics lines the mutation left alone (all of them when another file was mutated). */
    private static List<String> filmsOfUntouchedTitleLines(byte[] original, String victim, Mutant m)
            throws IOException {
        byte[] basics = victim.equals("title.basics.tsv") ? original
                : Files.readAllBytes(folder("/imdbtsv/tiny").resolve("title.basics.tsv"));
        List<String> ids = new ArrayList<>();
        int header = lineEnd(basics, 0);
        boolean headerTouched = victim.equals("title.basics.tsv") && (m.truncated() ? m.from() < header : m.from() <= header);
        for (int start = header; start < basics.length; ) {
            int end = lineEnd(basics, start);
            String line = new String(basics, start, end - start, StandardCharsets.UTF_8);
            Unit u = new Unit(start, end, List.of());
            boolean touched = victim.equals("title.basics.tsv") && m.touches(u, basics);
            if (!headerTouched && !touched && line.contains("\tmovie\t")) {
                ids.add(line.substring(0, line.indexOf('\t')));
            }
            start = end;
        }
        return ids;
    }

    private void fuzz(FormatReader reader, String fixture, int header, List<Unit> units) throws IOException {
        fuzz(reader, folder("/rows").resolve(fixture), withHeader(units, header), ROUNDS);
    }

    /** A header (CSV) or nothing: a mutation in it touches every unit. */
    private static List<Unit> withHeader(List<Unit> units, int header) {
        return header == 0 ? units : Stream.concat(Stream.of(new Unit(0, header, List.of())), units.stream()).toList();
    }

    private void fuzz(FormatReader reader, Path fixture, List<Unit> units, int rounds) throws IOException {
        byte[] original = Files.readAllBytes(fixture);
        String name = fixture.getFileName().toString();
        Path mapping = fixture.resolveSibling(Mapping.fileNameFor(name));
        Random random = new Random(SEED ^ name.hashCode());
        boolean headerFirst = !units.isEmpty() && units.getFirst().records().isEmpty() && units.getFirst().start() == 0
                && reader instanceof CsvReader;
        for (int round = 0; round < rounds; round++) {
            Mutant m = random.nextInt(20) == 0 ? truncateGzip(original, random) : mutate(original, random);
            String gz = m.how().startsWith("gzip") ? ".gz" : "";
            Path copy = Files.createDirectories(dir.resolve(name + "-" + round));
            Path file = Files.write(copy.resolve(name + gz), m.bytes());
            CorpusFile map = null;
            if (Files.exists(mapping)) {
                map = new CorpusFile(Files.copy(mapping, copy.resolve(mapping.getFileName())), mapping.getFileName().toString());
            }
            String where = name + " round " + round + " (" + m.how() + ")";
            CollectingSink sink = readOrFail(reader,
                    new CorpusSource(name + gz, reader.format(), List.of(new CorpusFile(file, name + gz)), map), where);
            boolean everything = headerFirst && m.touches(units.getFirst(), original);
            if (!everything && !arrayBracketsTouched(reader, original, m)) {
                for (Unit u : units) {
                    if (!m.touches(u, original)) {
                        for (CatalogRecord r : u.records()) {
                            assertTrue(sink.records.contains(r), where + " lost the record of bytes " + u.start()
                                    + "–" + u.end() + ": " + r + "\nproblems: " + sink.problemLines());
                        }
                    }
                }
            }
            deleteTree(copy);
        }
    }

    /** For a JSON array, a mutation of its opening bracket touches every element. */
    private static boolean arrayBracketsTouched(FormatReader reader, byte[] original, Mutant m) {
        if (!(reader instanceof JsonArrayReader)) {
            return false;
        }
        int open = 0;
        while (open < original.length && original[open] != '[') {
            open++;
        }
        return m.from() <= open + 1;
    }

    private static CollectingSink readOrFail(FormatReader reader, CorpusSource source, String where) {
        CollectingSink sink = new CollectingSink();
        try {
            reader.read(source, sink);
        } catch (Exception | StackOverflowError e) {
            fail(where + ": " + e, e);
        }
        return sink;
    }

    private static Mutant mutate(byte[] original, Random random) {
        int at = random.nextInt(original.length + 1);
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0 -> new Mutant(Arrays.copyOf(original, at), "truncated at " + at, at, at, true);
            case 1 -> {
                if (at == original.length) {
                    at--;
                }
                byte[] b = original.clone();
                b[at] ^= (byte) (1 + random.nextInt(255));
                yield new Mutant(b, "byte " + at + " flipped", at - 1, at + 1, false);
            }
            case 2 -> {
                if (at == original.length) {
                    at--;
                }
                byte[] b = new byte[original.length - 1];
                System.arraycopy(original, 0, b, 0, at);
                System.arraycopy(original, at + 1, b, at, original.length - at - 1);
                yield new Mutant(b, "byte " + at + " deleted", at - 1, at + 1, false);
            }
            case 3 -> insert(original, at, "\"", "a quote");
            case 4 -> {
                String s = List.of("{", "}", "[", "]", ",", "\n", "\t", "\\", ":").get(random.nextInt(9));
                yield insert(original, at, s, "'" + s.replace("\n", "\\n").replace("\t", "\\t") + "'");
            }
            case 5 -> insert(original, at, "[".repeat(900 + random.nextInt(300)), "deep nesting");
            case 6 -> insert(original, at, "{\"a\":".repeat(1_001) + "1" + "}".repeat(1_001), "a 1,001-deep object");
            case 7 -> insertBytes(original, at, new byte[] {(byte) 0xE9}, "a Latin-1 byte");
            case 8 -> insertBytes(original, at, new byte[] {(byte) 0xFF, (byte) 0xC3}, "bytes that are never UTF-8");
            default -> random.nextInt(4) == 0
                    ? insert(original, at, "\n" + "x".repeat(1 << (20 + random.nextInt(2))) + "\n", "a huge line")
                    : insert(original, at, "\"" + "y".repeat(random.nextInt(5_000)) + "\"", "a long string");
        };
    }

    private static Mutant insert(byte[] original, int at, String text, String what) {
        return insertBytes(original, at, text.getBytes(StandardCharsets.UTF_8), what);
    }

    private static Mutant insertBytes(byte[] original, int at, byte[] inserted, String what) {
        byte[] b = new byte[original.length + inserted.length];
        System.arraycopy(original, 0, b, 0, at);
        System.arraycopy(inserted, 0, b, at, inserted.length);
        System.arraycopy(original, at, b, at + inserted.length, original.length - at);
        return new Mutant(b, what + " inserted at " + at, at - 1, at, false);
    }

    /** The fixture gzipped and cut; the lines decoded before the cut are the untouched ones. */
    private static Mutant truncateGzip(byte[] original, Random random) {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(original);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        byte[] cut = Arrays.copyOf(gz.toByteArray(), random.nextInt(gz.size()));
        int decoded = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(cut))) {
            while (in.read() >= 0) {
                decoded++;
            }
        } catch (IOException e) {
            // decoded holds how far it got
        }
        return new Mutant(cut, "gzip cut at " + cut.length + " of " + gz.size(), decoded, decoded, true);
    }

    // ---- units of the unmutated fixtures

    private List<Unit> lineUnits(FormatReader reader, String fixture) throws IOException {
        byte[] bytes = fixture(fixture);
        List<Unit> units = new ArrayList<>();
        for (int start = 0; start < bytes.length; ) {
            int end = lineEnd(bytes, start);
            units.add(new Unit(start, end, alone(reader, fixture, Arrays.copyOfRange(bytes, start, end))));
            start = end;
        }
        return units;
    }

    /** CSV records as they start and end in the file: a quoted cell may run over several lines. */
    private List<Unit> csvUnits(String fixture, byte[] bytes, int header) throws IOException {
        List<Unit> units = new ArrayList<>();
        byte[] head = Arrays.copyOf(bytes, header);
        for (int start = header; start < bytes.length; ) {
            int end = start;
            boolean quoted = false;
            do {
                int lineEnd = lineEnd(bytes, end);
                quoted = endsInQuotes(new String(bytes, end, lineEnd - end, StandardCharsets.UTF_8), quoted);
                end = lineEnd;
            } while (quoted && end < bytes.length);
            byte[] alone = new byte[header + end - start];
            System.arraycopy(head, 0, alone, 0, header);
            System.arraycopy(bytes, start, alone, header, end - start);
            units.add(new Unit(start, end, alone(new CsvReader(), fixture, alone)));
            start = end;
        }
        return units;
    }

    private static boolean endsInQuotes(String line, boolean inQuotes) {
        boolean cellStart = !inQuotes;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                }
            } else if (c == ',') {
                cellStart = true;
                continue;
            } else if (c == '"' && cellStart) {
                inQuotes = true;
            }
            cellStart = false;
        }
        return inQuotes;
    }

    /** The elements of a JSON array, from where each starts to where the next one does. */
    private List<Unit> arrayUnits(String fixture) throws IOException {
        byte[] bytes = fixture(fixture);
        List<int[]> spans = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            assertEquals(JsonToken.START_ARRAY, p.nextToken());
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                int start = (int) p.currentTokenLocation().getByteOffset();
                p.skipChildren();
                spans.add(new int[] {start, (int) p.currentLocation().getByteOffset()});
            }
        }
        List<Unit> units = new ArrayList<>();
        int previousEnd = 0;
        for (int[] span : spans) {
            byte[] element = Arrays.copyOfRange(bytes, span[0], span[1]);
            byte[] alone = ("[" + new String(element, StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);
            // the unit runs to the separator after it, so a mutation between two elements touches both
            int end = span[1];
            while (end < bytes.length && bytes[end] != ',' && bytes[end] != ']') {
                end++;
            }
            // and from the end of the one before, so the white space between them belongs to both
            // and to the end of its line: text reaches a reader in whole lines
            units.add(new Unit(previousEnd, lineEnd(bytes, end), alone(new JsonArrayReader(), fixture, alone)));
            previousEnd = span[1];
        }
        return units;
    }

    /** What the reader makes of one unit alone, under the fixture's name and with its mapping file. */
    private List<CatalogRecord> alone(FormatReader reader, String fixture, byte[] bytes) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("alone"));
        Path file = Files.write(copy.resolve(fixture), bytes);
        Path mapping = folder("/rows").resolve(Mapping.fileNameFor(fixture));
        CorpusFile map = Files.exists(mapping)
                ? new CorpusFile(Files.copy(mapping, copy.resolve(mapping.getFileName()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING), mapping.getFileName().toString()) : null;
        CollectingSink sink = new CollectingSink();
        reader.read(new CorpusSource(fixture, reader.format(), List.of(new CorpusFile(file, fixture)), map), sink);
        return List.copyOf(sink.records);
    }

    private static int lineEnd(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return Math.min(i + 1, bytes.length);
    }

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(folder("/rows").resolve(name));
    }

    private static Path folder(String resource) {
        try {
            return Path.of(RowFixtures.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void the_fixtures_give_records_so_the_fuzz_has_something_to_lose() throws IOException {
        Function<List<Unit>, Integer> count = units -> units.stream().mapToInt(u -> u.records().size()).sum();
        assertEquals(5, count.apply(lineUnits(new JsonLinesReader(), "native.jsonl")));
        byte[] top = fixture("top1000.csv");
        assertEquals(3, count.apply(csvUnits("top1000.csv", top, lineEnd(top, 0))));
        assertTrue(count.apply(arrayUnits("films.json")) >= 3);
    }
}
