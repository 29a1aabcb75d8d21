package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.corpus.CollectingSink;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RelatedFilm;
import dev.filmsearch.model.Review;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Short invented pages in the title-page style, each for one way the family of pages can differ. */
class TitlePageFixturesTest {

    @Test
    void reads_every_section_when_sections_are_reordered_and_an_unknown_one_is_among_them() {
        CollectingSink sink = PageFixtures.readFixture("reordered-with-unknown-section.txt");
        Film expected = Film.builder("The Lighthouse Keeper").year(1998)
                .releaseDate(LocalDate.of(1998, 3, 14), "Norway").runtimeMinutes(92)
                .genres(List.of("Drama", "Mystery")).director("Ingrid Solberg")
                .writers(List.of(Credit.named("Ingrid Solberg"), Credit.named("Tor Berg")))
                .castMember("Anna Lund", "Maren").castMember("Per Holm", "The Keeper").castMember("Kari Moen", null)
                .rating(7.1).votes(2345L).languages(List.of("Norwegian")).countries(List.of("Norway", "Sweden"))
                .plot("A retired sailor takes over a remote lighthouse and finds letters from the keeper who vanished "
                        + "before him.\n\nHarald has sailed for forty years. When he takes the keeper's post on Skarv "
                        + "island, he finds a box of unsent letters and begins to answer them.")
                .keywords(List.of("lighthouse", "letter", "island"))
                .awards("Won 1 Amanda. Another 3 wins & 4 nominations")
                .related(List.of(new RelatedFilm("harbour-lights-2001", "Harbour Lights", 2001, 6.9,
                        List.of("Drama", "Romance"), "A ferry captain falls for a stranger. ...", List.of("Nils Aas"),
                        List.of("Per Holm", "Liv Dahl"))))
                .build();
        Film harbourLights = Film.builder("Harbour Lights").id("harbour-lights-2001").year(2001).rating(6.9)
                .genres(List.of("Drama", "Romance")).plot("A ferry captain falls for a stranger. ...")
                .director("Nils Aas").castMember("Per Holm", null).castMember("Liv Dahl", null).build();
        String id = "the-lighthouse-keeper-1998";
        assertAll(
                () -> assertEquals(List.of(expected, harbourLights), sink.films()),
                () -> assertEquals(List.of(), sink.people()),
                () -> assertEquals(List.of(new Review("r-e04dbeb9f02cc04c", id, "The Lighthouse Keeper", 1998,
                        "Quiet, salty and sad.", "seawolf", "Bergen, Norway", LocalDate.of(1999, 3, 2), null, 3, 4,
                        "The lighthouse is the best actor here.\n\nSlow, but worth it.", null)), sink.reviews()),
                () -> assertEquals(List.of(new Quote("q-6eeada036d05b2c9", id, "The Lighthouse Keeper", 1998,
                        "Keeper", "The sea keeps what it takes.", null)), sink.quotes()),
                () -> assertEquals(List.of(), sink.problemLines()));
    }

    @Test
    void reads_a_page_without_reviews_quotes_or_related_films() {
        CollectingSink sink = PageFixtures.readFixture("without-reviews-quotes-related.txt");
        Film expected = Film.builder("Paper Boats").year(2011)
                .plot("Two brothers race paper boats down the gutters of a flooded town.")
                .castMember("Tomas Reyes", "Older Brother").castMember("Luis Reyes", "Younger Brother")
                .releaseDate(LocalDate.of(2011, 5, 6), "Mexico").build();
        assertAll(
                () -> assertEquals(List.of(expected), sink.records),
                () -> assertEquals("paper-boats-2011", sink.films().getFirst().id()),
                () -> assertEquals(List.of(), sink.problemLines()));
    }

    @Test
    void reads_two_reviews_and_two_quotes_linked_to_the_imdb_id_of_the_page() {
        CollectingSink sink = PageFixtures.readFixture("two-reviews-two-quotes.txt");
        String id = "tt0054321";
        assertAll(
                () -> assertEquals(id, sink.films().getFirst().id()),
                () -> assertEquals("Night Train", sink.films().getFirst().title()),
                () -> assertEquals("A conductor on the last night train to Lisbon must find a thief before dawn.",
                        sink.films().getFirst().plot()),
                () -> assertEquals(List.of(
                        new Review("r-e9037953573c3c0a", id, "Night Train", 1959, "Tense and funny.", "trainspotter",
                                "Portugal", LocalDate.of(2004, 1, 12), null, 7, 9,
                                "The best thing about this film is the sound of the rails.\n\n"
                                        + "It gets funnier on a second viewing.", null),
                        new Review("r-a92abd20da222374", id, "Night Train", 1959, "A little too long", "Marta", null,
                                LocalDate.of(2010, 6, 3), 8.0, 0, 2,
                                "Forty minutes would have been enough.\nBut the ending is perfect.", null)),
                        sink.reviews()),
                () -> assertEquals(List.of(
                        new Quote("q-898a3cab88156784", id, "Night Train", 1959, "Conductor",
                                "Tickets, and your conscience, please.", null),
                        new Quote("q-3a1afdeaacc8a671", id, "Night Train", 1959, "Passenger",
                                "I left both in Madrid.", null)), sink.quotes()),
                () -> assertEquals(List.of(), sink.problemLines()));
    }

    @Test
    void rejects_a_page_without_a_title_at_line_1() {
        CollectingSink sink = PageFixtures.readFixture("without-title.txt");
        assertAll(
                () -> assertEquals(List.of(), sink.records),
                () -> assertEquals(List.of("titlepage/without-title.txt:1: no film title found"),
                        sink.problemLines()));
    }

    @Test
    void reports_a_review_with_a_bad_date_and_reads_the_rest_of_the_page() {
        CollectingSink sink = PageFixtures.readFixture("malformed-review-date.txt");
        String id = "harvest-moon-1987";
        assertAll(
                () -> assertEquals(List.of(
                        "titlepage/malformed-review-date.txt:5: release date 'sometime in 1987 (USA)' is not a date",
                        "titlepage/malformed-review-date.txt:10: review date '32 Mayo 2006' is not a date"),
                        sink.problemLines()),
                () -> assertEquals(List.of(Film.builder("Harvest Moon").year(1987)
                        .plot("A farming family bets its last harvest on a single night of frost.").build()),
                        sink.films()),
                () -> assertEquals(List.of(new Review("r-0f33882bf3ed8e7e", id, "Harvest Moon", 1987, "Still good",
                        null, "Chile", LocalDate.of(2007, 9, 5), null, null, null, "The second review is fine.",
                        null)), sink.reviews()),
                () -> assertEquals(List.of(new Quote("q-2b8de815d65ebe27", id, "Harvest Moon", 1987, "Farmer",
                        "Rain is money.", null)), sink.quotes()));
    }

    @Test
    void reads_helpful_votes_placed_above_the_headline_and_a_reviewer_rating_as_older_pages_have_them() {
        CollectingSink sink = PageFixtures.readFixture("older-review-layout.txt");
        List<Review> reviews = sink.reviews();
        assertAll(
                () -> assertEquals(LocalDate.of(1972, 10, 12), sink.films().getFirst().releaseDate()),
                () -> assertEquals(2, reviews.size()),
                () -> assertEquals(List.of("A western without heroes", "Too dusty"),
                        reviews.stream().map(Review::headline).toList()),
                () -> assertEquals(List.of(12, 4), reviews.stream().map(Review::helpfulVotes).toList()),
                () -> assertEquals(List.of(15, 4), reviews.stream().map(Review::helpfulTotal).toList()),
                () -> assertEquals(10.0, reviews.get(0).rating()),
                () -> assertEquals("rider", reviews.get(0).author()),
                () -> assertEquals("Almería, Spain", reviews.get(0).authorLocation()),
                () -> assertEquals(List.of("No one is saved and no one is sorry.", "I could not see a thing."),
                        reviews.stream().map(Review::body).toList()),
                () -> assertEquals(List.of(), sink.problemLines()));
    }

    @Test
    void cast_lines_keep_characters_and_drop_only_lower_case_qualifiers() {
        assertEquals(List.of(CastMember.named("Tomas Reyes", "Older Brother"),
                        CastMember.named("Luis Reyes", "Younger Brother")),
                PageFixtures.readFixture("without-reviews-quotes-related.txt").films().getFirst().cast());
    }
}
