package dev.filmsearch.corpus.csv;

import dev.filmsearch.corpus.CollectingSink;
import static dev.filmsearch.corpus.rows.RowFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.rows.RowFixtures;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Quote;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    private final CsvReader reader = new CsvReader();

    @Test
    void reads_top_1000_style_columns_into_films() {
        CollectingSink sink = read(reader, "top1000.csv");

        Film shawshank = Film.builder("The Shawshank Redemption").year(1994).genre("Drama")
                .director("Frank Darabont").castMember("Tim Robbins", null).castMember("Morgan Freeman", null)
                .castMember("Bob Gunton", null).castMember("William Sadler", null)
                .rating(9.3).votes(2343110L).runtimeMinutes(142)
                .plot("Two imprisoned men bond over a number of years.").build();
        Film godfather = Film.builder("The Godfather").year(1972).genres(List.of("Crime", "Drama"))
                .director("Francis Ford Coppola").castMember("Marlon Brando", null).castMember("Al Pacino", null)
                .castMember("James Caan", null).castMember("Diane Keaton", null)
                .rating(9.2).votes(1620367L).runtimeMinutes(175)
                .plot("An ageing patriarch\nhands his empire to his reluctant son.").build();
        Film apollo = Film.builder("Apollo 13").genres(List.of("Adventure", "Drama", "History"))
                .director("Ron Howard").castMember("Tom Hanks", null).castMember("Bill Paxton", null)
                .castMember("Kevin Bacon", null).castMember("Gary Sinise", null)
                .rating(7.6).votes(269197L).runtimeMinutes(140).plot("NASA must find a way home.").build();
        assertEquals(List.of(shawshank, godfather, apollo), sink.records);
        assertEquals(List.of("top1000.csv:5: ignored Released_Year 'PG': not a year"), sink.problemLines());
        assertEquals("apollo-13", apollo.id());
    }

    @Test
    void reads_imdb_5000_style_columns_with_a_trailing_empty_column() {
        CollectingSink sink = read(reader, "imdb5000.csv");

        Film avatar = Film.builder("Avatar").id("tt0499549").year(2009)
                .genres(List.of("Action", "Adventure", "Fantasy", "Sci-Fi")).director("James Cameron")
                .castMember("CCH Pounder", null).castMember("Joel David Moore", null).castMember("Wes Studi", null)
                .rating(7.9).votes(886204L).runtimeMinutes(178).languages(List.of("English"))
                .countries(List.of("USA")).keywords(List.of("avatar", "future", "marine")).build();
        Film walker = Film.builder("Star Wars: Episode VII - The Force Awakens").id("tt5289954")
                .genre("Documentary").director("Doug Walker").castMember("Doug Walker", null)
                .castMember("Rob Walker", null).rating(7.1).votes(8L).build();
        assertEquals(List.of(avatar, walker), sink.records);
        assertEquals(List.of("imdb5000.csv:3: misaligned row: value '5.4' under unnamed column 16"),
                sink.problemLines());
    }

    @Test
    void reads_tmdb_json_lists_dates_and_multi_line_overviews() {
        CollectingSink sink = read(reader, "tmdb.csv");

        Film avatar = Film.builder("Avatar").year(2009).releaseDate(LocalDate.of(2009, 12, 10), null)
                .genres(List.of("Action", "Adventure")).rating(7.2).votes(11800L).runtimeMinutes(162)
                .countries(List.of("United States of America")).keywords(List.of("culture clash"))
                .plot("In the 22nd century, a Marine is sent to the moon Pandora.").build();
        Film sea = Film.builder("The Sea Inside").originalTitle("Mar adentro").year(2004)
                .releaseDate(LocalDate.of(2004, 9, 3), null).genre("Drama").rating(7.7).votes(300L)
                .runtimeMinutes(125).plot("Line one.\n\nLine three.").build();
        // runtime 0 and a rating nobody voted for are placeholders for "unknown"
        Film unrated = Film.builder("Unrated").votes(0L).build();
        assertEquals(List.of(avatar, sea, unrated), sink.records);
        assertEquals(List.of(), sink.problemLines());
    }

    @Test
    void keeps_rows_with_bad_values_and_reports_bad_rows_with_their_lines() {
        CollectingSink sink = read(reader, "bad.csv");

        assertEquals(List.of("Good Film", "Bad Year", "Bad Rating", "Out Of Scale", "Recovered"),
                sink.all(Film.class).stream().map(Film::title).toList());
        assertEquals(List.of(
                "bad.csv:3: ignored year 'PG': not a year",
                "bad.csv:4: ignored rating 'abc': not a number",
                "bad.csv:5: missing title",
                "bad.csv:6: ignored rating '11': outside 0–10",
                "bad.csv:6: ignored runtime 'long': not a number of minutes",
                "bad.csv:7: malformed quoted cell: text after its closing quote; row skipped",
                "bad.csv:8: a quoted cell opened on this line is never closed; row skipped"),
                sink.problemLines());
        Film badRating = sink.all(Film.class).get(2);
        assertEquals(Film.builder("Bad Rating").year(2002).genres(List.of("Drama", "Comedy")).votes(12L)
                .runtimeMinutes(100).build(), badRating);
        assertEquals(Film.builder("Bad Year").rating(7.0).votes(10L).runtimeMinutes(95).genre("Comedy").build(),
                sink.all(Film.class).get(1));
    }

    @Test
    void reads_quotes_through_a_mapping_file() {
        CollectingSink sink = read(reader, "quotes.csv");

        List<Quote> quotes = sink.all(Quote.class);
        assertEquals(3, quotes.size());
        Quote first = quotes.getFirst();
        assertEquals(new Quote(first.id(), null, "Casablanca", 1942, null, "Here's looking at you, kid.",
                Language.EN), first);
        assertEquals("q-", first.id().substring(0, 2));
        assertEquals(18, first.id().length());
        assertEquals(new Quote(quotes.get(2).id(), null, "The Terminator", null, null, "I'll be back.", Language.EN),
                quotes.get(2));
        assertEquals(List.of(
                "quotes.csv:4: missing text",
                "quotes.csv:5: ignored year 'nineteen eighty-four': not a year"), sink.problemLines());
    }

    @Test
    void gives_the_same_quote_the_same_id_on_every_read() {
        assertEquals(read(reader, "quotes.csv").records, read(reader, "quotes.csv").records);
    }

    @Test
    void reads_gzipped_csv(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("top1000.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(RowFixtures.folder().resolve("top1000.csv"), out);
        }
        CollectingSink sink = read(reader, new CorpusSource("top1000.csv.gz", "csv",
                List.of(new CorpusFile(gz, "top1000.csv.gz")), null));

        assertEquals(read(reader, "top1000.csv").records, sink.records);
        assertEquals(List.of("top1000.csv.gz:5: ignored Released_Year 'PG': not a year"), sink.problemLines());
    }

    @Test
    void skips_a_file_whose_header_cannot_be_read(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("broken.csv"), "\"title,year\nFargo,1996\n");
        CollectingSink sink = read(reader, new CorpusSource("broken.csv", "csv",
                List.of(new CorpusFile(csv, "broken.csv")), null));

        assertEquals(List.of(), sink.records);
        assertEquals(List.of("broken.csv:1: a quoted cell opened on this line is never closed; no header, file skipped"),
                sink.problemLines());
    }

    @Test
    void reads_a_bom_and_crlf_line_ends(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("crlf.csv");
        Files.writeString(csv, "\uFEFFTitle,Director\r\n\"Fargo\",\"Joel Coen, Ethan Coen\"\r\n\r\n,\r\nHeat,Michael Mann\r\n");
        CollectingSink sink = read(reader, new CorpusSource("crlf.csv", "csv",
                List.of(new CorpusFile(csv, "crlf.csv")), null));

        assertEquals(List.of(
                Film.builder("Fargo").directors(List.of(Credit.named("Joel Coen"), Credit.named("Ethan Coen"))).build(),
                Film.builder("Heat").director("Michael Mann").build()), sink.records);
        assertEquals(List.of(), sink.problemLines());
    }

    @Test
    void an_unclosed_quote_that_a_later_rows_quote_closes_costs_only_its_own_row(@TempDir Path dir)
            throws IOException {
        Path csv = Files.writeString(dir.resolve("stray.csv"), String.join("\n",
                "title,year,genre",
                "Good One,2001,Drama",
                "\"Unclosed,2002,Drama",
                "Kept A,2003,Drama",
                "Kept B,2004,Drama",
                "\"Quoted, Title\",2005,Drama",
                "\"Also unclosed,2006,Drama",
                "Kept C,2007,\"Drama\"",
                "Kept D,2008,Drama"));

        CollectingSink sink = read(reader, new CorpusSource("stray.csv", "csv",
                List.of(new CorpusFile(csv, "stray.csv")), null));

        assertEquals(List.of("Good One", "Kept A", "Kept B", "Quoted, Title", "Kept C", "Kept D"),
                sink.films().stream().map(Film::title).toList());
        assertEquals(List.of(
                "stray.csv:3: a quoted cell opened on this line is never closed; row skipped",
                "stray.csv:7: a quoted cell opened on this line is never closed; row skipped"), sink.problemLines());
    }

    @Test
    void a_quote_left_open_for_more_than_1000_lines_is_given_up_on_and_the_lines_after_it_are_read(
            @TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder("title,plot\n\"Open,x\n");
        for (int i = 1; i <= 1_500; i++) {
            text.append("Film ").append(i).append(",plot\n");
        }
        Path csv = Files.writeString(dir.resolve("open.csv"), text.append("\"Closes\",here\n"));

        CollectingSink sink = read(reader, new CorpusSource("open.csv", "csv",
                List.of(new CorpusFile(csv, "open.csv")), null));

        assertEquals(1_501, sink.films().size());
        assertEquals("Film 1", sink.films().getFirst().title());
        assertEquals(List.of("open.csv:2: a quoted cell opened on this line is never closed; row skipped"),
                sink.problemLines());
    }
}
