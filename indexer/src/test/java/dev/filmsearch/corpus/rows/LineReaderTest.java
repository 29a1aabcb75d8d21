package dev.filmsearch.corpus.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    @Test
    void ends_lines_at_new_lines_only_and_drops_the_carriage_return_before_them() throws IOException {
        assertEquals(List.of("a", "b\rc", "", "d"), lines("a\r\nb\rc\n\nd"));
        assertEquals(List.of("a"), lines("a\n"));
        assertEquals(List.of(), lines(""));
    }

    @Test
    void reads_lines_longer_than_its_buffer() throws IOException {
        String longLine = "x".repeat(200_000);
        assertEquals(List.of(longLine, "y"), lines(longLine + "\ny"));
    }

    @Test
    void keeps_only_the_first_characters_of_a_line_over_the_limit_and_says_so() throws IOException {
        LineReader in = new LineReader(new StringReader("ab\n" + "x".repeat(200_000) + "\ncd"), 100_000);

        assertEquals("ab", in.readLine());
        assertEquals(false, in.tooLong());
        assertEquals("x".repeat(100_000), in.readLine());
        assertEquals(true, in.tooLong());
        assertEquals("cd", in.readLine());
        assertEquals(false, in.tooLong());
    }

    private static List<String> lines(String text) throws IOException {
        LineReader in = new LineReader(new StringReader(text));
        List<String> lines = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines.add(line);
        }
        return lines;
    }
}
