package dev.filmsearch.tools.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return new CommandLine(new GenerateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args);
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
}
