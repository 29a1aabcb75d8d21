package dev.filmsearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.corpus.csv.CsvReader;
import dev.filmsearch.corpus.json.JsonLinesReader;
import dev.filmsearch.model.Film;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, items 13 and 14: how a corpus file's bytes become lines when some of them are wrong. */
class CorpusFileTest {
    @TempDir
    Path dir;

    private CollectingSink read(FormatReader reader, Path file) throws IOException {
        String name = file.getFileName().toString();
        CollectingSink sink = new CollectingSink();
        reader.read(new CorpusSource(name, reader.format(), List.of(new CorpusFile(file, name)), null), sink);
        return sink;
    }

    private static List<String> titles(CollectingSink sink) {
        return sink.films().stream().map(Film::title).toList();
    }

    /** JSON Lines films "Guzmán 1" … "Guzmán n", in UTF-8. */
    private static byte[] guzmanLines(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            text.append("{\"type\":\"film\",\"title\":\"Guzmán ").append(i).append("\"}\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void one_latin1_byte_in_a_utf8_file_is_read_as_windows_1252_in_its_own_line_and_reported() throws IOException {
        String text = new String(guzmanLines(100), StandardCharsets.UTF_8)
                .replace("Guzmán 50\"", "Guzm\u0000n 50\"");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int zero = indexOf(bytes, (byte) 0);
        bytes[zero] = (byte) 0xE1; // "á" in Latin-1: not UTF-8
        Path file = Files.write(dir.resolve("mixed.jsonl"), bytes);

        CollectingSink sink = read(new JsonLinesReader(), file);

        assertEquals(StandardCharsets.UTF_8, new CorpusFile(file, "mixed.jsonl").charset());
        assertEquals(IntStream.rangeClosed(1, 100).mapToObj(i -> "Guzmán " + i).toList(), titles(sink));
        assertEquals(List.of("mixed.jsonl:50: bytes that are not UTF-8 in this line, read as windows-1252"),
                sink.problemLines());
    }

    @Test
    void a_latin1_file_is_read_as_windows_1252_without_a_problem_per_line() throws IOException {
        String text = "title,director\nLa batalla de Chile,Patricio Guzmán\nNostalgia de la luz,Patricio Guzmán\n"
                + "El botón de nácar,Patricio Guzmán\n";
        Path file = Files.write(dir.resolve("latin1.csv"), text.getBytes(StandardCharsets.ISO_8859_1));

        CollectingSink sink = read(new CsvReader(), file);

        assertEquals(Charset.forName("windows-1252"), new CorpusFile(file, "latin1.csv").charset());
        assertEquals(List.of("La batalla de Chile", "Nostalgia de la luz", "El botón de nácar"), titles(sink));
        assertEquals(List.of(), sink.problemLines());
    }

    @Test
    void a_truncated_gz_keeps_every_line_before_the_break_and_reports_the_line_it_breaks_in() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(guzmanLines(40_000));
        }
        byte[] truncated = Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
        Path file = Files.write(dir.resolve("films.jsonl.gz"), truncated);
        long complete = completeLinesBeforeTheBreak(truncated);

        CollectingSink sink = read(new JsonLinesReader(), file);

        assertTrue(complete > 15_000, complete + " lines decode");
        assertEquals(IntStream.rangeClosed(1, (int) complete).mapToObj(i -> "Guzmán " + i).toList(), titles(sink));
        assertEquals(List.of("films.jsonl.gz:" + (complete + 1) + ": the file breaks off in this line (Unexpected end"
                + " of ZLIB input stream); the lines before it were read, the rest is lost"), sink.problemLines());
    }

    @Test
    void a_gz_cut_inside_its_header_is_one_problem_for_the_whole_file() throws IOException {
        Path file = Files.write(dir.resolve("films.csv.gz"), new byte[] {0x1f, (byte) 0x8b, 8});

        CollectingSink sink = read(new CsvReader(), file);

        assertEquals(List.of(), sink.records);
        assertEquals(List.of("films.csv.gz:0: unreadable: the data ends early"), sink.problemLines());
    }

    @Test
    void a_gz_that_breaks_inside_an_open_quote_still_gives_the_rows_the_quote_swallowed() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("title,year\n\"Unclosed,2006\nRecovered,2007\nAlso kept,2008\n".getBytes(StandardCharsets.UTF_8));
        }
        // every data byte is there; the gzip trailer after them is cut
        Path file = Files.write(dir.resolve("films.csv.gz"), Arrays.copyOf(gz.toByteArray(), gz.size() - 3));

        CollectingSink sink = read(new CsvReader(), file);

        assertEquals(List.of("Recovered", "Also kept"), titles(sink));
        assertEquals(List.of("films.csv.gz:2: a quoted cell opened on this line is never closed; row skipped",
                "films.csv.gz:5: the file breaks off in this line (the data ends early); the lines before it were"
                        + " read, the rest is lost"), sink.problemLines());
    }

    /** How many whole lines a plain GZIPInputStream decodes before it fails. */
    private static long completeLinesBeforeTheBreak(byte[] gz) {
        long lines = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                lines += b == '\n' ? 1 : 0;
            }
        } catch (IOException e) {
            return lines;
        }
        throw new AssertionError("the data is not truncated");
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError();
    }
}
