package dev.filmsearch.corpus.titlepage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LooksLikeTitlePageTest {
    private static final int HEAD = 16 * 1024;

    @Test
    void the_seed_page_is_a_title_page() throws IOException {
        assertTrue(TitlePageReader.looksLikeTitlePage(head(seed(), StandardCharsets.UTF_8)));
    }

    @Test
    void the_seed_page_is_a_title_page_when_its_head_is_decoded_as_latin_1_as_the_scanner_does() throws IOException {
        assertTrue(TitlePageReader.looksLikeTitlePage(head(seed(), StandardCharsets.ISO_8859_1)));
    }

    @Test
    void every_fixture_page_with_a_title_is_a_title_page() throws IOException {
        for (String page : new String[] {"reordered-with-unknown-section.txt", "two-reviews-two-quotes.txt",
                "malformed-review-date.txt", "without-title.txt"}) {
            assertTrue(TitlePageReader.looksLikeTitlePage(fixture(page)), page);
        }
    }

    @Test
    void plain_prose_that_mentions_reviews_and_release_dates_is_not_a_title_page() throws IOException {
        assertFalse(TitlePageReader.looksLikeTitlePage(fixture("plain-prose.txt")));
    }

    @Test
    void a_csv_of_films_is_not_a_title_page() throws IOException {
        assertFalse(TitlePageReader.looksLikeTitlePage(fixture("films.csv")));
    }

    @Test
    void one_marker_alone_is_not_enough() {
        assertFalse(TitlePageReader.looksLikeTitlePage("Meeting notes\nRelease Date: next Friday\nBring snacks.\n"));
        assertFalse(TitlePageReader.looksLikeTitlePage(""));
        assertFalse(TitlePageReader.looksLikeTitlePage(null));
    }

    private static Path seed() {
        return Path.of(System.getProperty("filmsearch.project.dir", ".."), "corpus", "title-pages",
                "000_100b37894bc5e81c.txt");
    }

    private static String fixture(String file) throws IOException {
        try (InputStream in = LooksLikeTitlePageTest.class.getResourceAsStream("/titlepage/" + file)) {
            return new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
        }
    }

    private static String head(Path file, Charset charset) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD), charset);
        }
    }
}
