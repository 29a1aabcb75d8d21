package dev.filmsearch.corpus.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.corpus.rows.LineReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
    @Test
    void gives_each_record_the_line_it_starts_on() throws IOException {
        assertEquals(List.of(
                new CsvRecords.Chunk(1, "a,b", true),
                new CsvRecords.Chunk(2, "\"one\ntwo\",c", true),
                new CsvRecords.Chunk(4, "", true),
                new CsvRecords.Chunk(5, "d,\"say \"\"hi\"\"\"", true)),
                chunks("a,b\n\"one\ntwo\",c\n\nd,\"say \"\"hi\"\"\"\n"));
    }

    @Test
    void reads_a_quote_inside_an_unquoted_cell_as_a_character() throws IOException {
        assertEquals(List.of(new CsvRecords.Chunk(1, "He is 5'10\" tall,x", true), new CsvRecords.Chunk(2, "y", true)),
                chunks("He is 5'10\" tall,x\ny\n"));
    }

    @Test
    void reads_again_the_lines_after_a_quote_that_never_closes() throws IOException {
        assertEquals(List.of(
                new CsvRecords.Chunk(1, "a,\"broken", false),
                new CsvRecords.Chunk(2, "b,c", true),
                new CsvRecords.Chunk(3, "d,e", true)),
                chunks("a,\"broken\nb,c\nd,e\n"));
    }

    @Test
    void joins_the_lines_up_to_a_later_quote_as_one_record() throws IOException {
        // only a quote that is still open at the end of the file is known to be unbalanced
        assertEquals(List.of(new CsvRecords.Chunk(1, "a,\"broken\nb,\"c", true)), chunks("a,\"broken\nb,\"c\n"));
    }

    private static List<CsvRecords.Chunk> chunks(String text) throws IOException {
        CsvRecords records = new CsvRecords(new LineReader(new StringReader(text)));
        List<CsvRecords.Chunk> chunks = new ArrayList<>();
        for (CsvRecords.Chunk c = records.next(); c != null; c = records.next()) {
            chunks.add(c);
        }
        return chunks;
    }
}
