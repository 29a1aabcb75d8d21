package dev.filmsearch.tools.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

class GenerateCommandTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CommandLine command = new CommandLine(new GenerateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        command.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        return command.execute(args);
    }

    @Test
    void reads_record_counts_with_thousand_and_million_suffixes() {
        assertEquals(100_000, GenerateCommand.parseCount("100k"));
        assertEquals(1_000_000, GenerateCommand.parseCount("1M"));
        assertEquals(10_000_000, GenerateCommand.parseCount("10m"));
        assertEquals(2_500_000, GenerateCommand.parseCount("2.5M"));
        assertEquals(1_234, GenerateCommand.parseCount("1,234"));
        assertThrows(TypeConversionException.class, () -> GenerateCommand.parseCount("lots"));
        assertThrows(TypeConversionException.class, () -> GenerateCommand.parseCount("1.5"));
        assertThrows(TypeConversionException.class, () -> GenerateCommand.parseCount("-3k"));
    }

    @Test
    void generates_with_the_built_in_vocabulary_when_the_shared_folder_is_absent() throws IOException {
        int status = run("--records", "1k", "--seed", "7", "--out", temp.resolve("out").toString(),
                "--shared", temp.resolve("missing").toString());

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(temp.resolve("out/part-00000.jsonl.gz")));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.startsWith("wrote 1,000 records (350 films, 450 people, 170 reviews of which "), summary);
        assertTrue(summary.contains("; vocabulary: built-in, read in "), summary);
    }

    @Test
    void an_output_path_that_is_a_file_is_one_line_error_and_exit_1() throws IOException {
        Path file = Files.writeString(temp.resolve("taken"), "x");

        int status = run("--records", "10", "--out", file.toString(), "--shared", temp.resolve("none").toString());

        assertEquals(1, status);
        assertEquals("filmsearch generate: " + file + " is not a folder\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void an_output_folder_that_cannot_be_created_is_one_line_error_and_exit_1() throws IOException {
        Path file = Files.writeString(temp.resolve("plain"), "x");
        Path inside = file.resolve("sub");

        int status = run("--records", "10", "--out", inside.toString(), "--shared", temp.resolve("none").toString());

        assertEquals(1, status);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("filmsearch generate: cannot write to " + inside + ": "), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void format_imdb_tsv_writes_the_seven_dump_files_and_prints_their_rows() throws IOException {
        Path dump = temp.resolve("dump");

        int status = run("--format", "imdb-tsv", "--titles", "1k", "--threads", "1", "--out", dump.toString(),
                "--shared", temp.resolve("missing").toString());

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.startsWith("wrote an IMDb dump of 1,000 titles and 1,228 names in 7 files, "), summary);
        List<String> fileLines = summary.lines().skip(1).limit(7).map(l -> String.join(" ", l.strip().split(" +")))
                .toList();
        assertTrue(fileLines.getFirst().startsWith("title.principals.tsv.gz 8,482 rows "), summary);
        assertTrue(fileLines.contains("title.episode.tsv.gz 864 rows 5,497 bytes"), summary);
        assertTrue(summary.endsWith("vocabulary: built-in, read in 0.0 s\n"), summary);
        try (var files = Files.list(dump)) {
            assertEquals(List.of("name.basics.tsv.gz", "title.akas.tsv.gz", "title.basics.tsv.gz", "title.crew.tsv.gz",
                    "title.episode.tsv.gz", "title.principals.tsv.gz", "title.ratings.tsv.gz"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("generate: title.basics.tsv.gz: 1,000 rows, "));
    }

    @Test
    void each_format_asks_for_its_own_count_in_one_line_with_exit_2() {
        assertEquals(2, run("--format", "imdb-tsv", "--records", "10", "--out", temp.toString()));
        assertEquals(2, run("--format", "imdb-tsv", "--titles", "10", "--records", "10", "--out", temp.toString()));
        assertEquals(2, run("--titles", "10", "--out", temp.toString()));
        assertEquals(2, run("--format", "xml", "--records", "10", "--out", temp.toString()));
        assertEquals(2, run("--format", "imdb-tsv", "--titles", "81M", "--out", temp.toString()));

        assertEquals("""
                filmsearch generate: --format imdb-tsv needs --titles N
                filmsearch generate: --records is for --format jsonl; imdb-tsv takes --titles
                filmsearch generate: --format jsonl needs --records N
                filmsearch generate: unknown --format 'xml' (jsonl or imdb-tsv)
                filmsearch generate: --titles must be 1 to 80M (ids have at most eight digits)
                """, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void help_lists_the_imdb_tsv_options() {
        assertEquals(0, run("--help"));

        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : List.of("--format", "--titles", "--threads", "--records", "--seed", "--out", "--shared")) {
            assertTrue(help.contains(option), option + " in\n" + help);
        }
        assertTrue(help.contains("  --format imdb-tsv --titles N  the seven gzip files of an IMDb dump"), help);
    }
}
