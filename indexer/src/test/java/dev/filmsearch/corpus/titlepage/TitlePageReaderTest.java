package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.corpus.CollectingSink;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RelatedFilm;
import dev.filmsearch.model.Review;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one real title page we have, committed as corpus/title-pages/000_100b37894bc5e81c.txt. */
class TitlePageReaderTest {
    private static final String NAME = "title-pages/000_100b37894bc5e81c.txt";
    private static final String FILM_ID = "salvador-allende-2004";
    private static final String PLOT = "From his childhood in Valparaiso to his death during the Pinochet military "
            + "coup on September 11, 1973, the life and works of Chilean president Salvador Allende.";

    private static Path seed;
    private static CollectingSink sink;

    @BeforeAll
    static void readSeed() {
        seed = Path.of(System.getProperty("filmsearch.project.dir", ".."), "corpus", NAME);
        sink = PageFixtures.read(seed, NAME);
    }

    @Test
    void page_gives_its_film_machuca_24_people_of_untitled_related_films_one_review_and_one_quote() {
        assertEquals(List.of(FILM_ID, "machuca-2004"), sink.films().stream().map(Film::id).toList());
        assertEquals(24, sink.people().size());
        assertEquals(1, sink.reviews().size());
        assertEquals(1, sink.quotes().size());
        assertEquals(28, sink.records.size());
    }

    @Test
    void machuca_the_related_film_with_a_title_is_a_film_with_what_its_entry_gives() {
        Film expected = Film.builder("Machuca").id("machuca-2004").year(2004).rating(7.8)
                .genres(List.of("Biography", "Drama")).plot("Two boys observe a political coup in their native Chile.")
                .director("Andrés Wood").castMember("Matías Quer", null).castMember("Ariel Mateluna", null)
                .castMember("Manuela Martelli", null).build();
        Film machuca = sink.film("machuca-2004");
        assertEquals(expected, machuca);
        assertAll(
                () -> assertEquals(List.of(new Credit("andres-wood", "Andrés Wood")), machuca.directors()),
                () -> assertEquals(List.of("matias-quer", "ariel-mateluna", "manuela-martelli"),
                        machuca.cast().stream().map(CastMember::personId).toList()),
                () -> assertNull(machuca.votes()));
    }

    @Test
    void patricio_guzman_who_directs_and_stars_in_untitled_related_films_is_a_person_linked_to_the_page_film() {
        assertEquals(new Person("patricio-guzman", "Patricio Guzmán", List.of("director", "actor"), null, null,
                List.of(new PersonFilm(FILM_ID, "Salvador Allende", 2004, "director of a related film", null),
                        new PersonFilm(FILM_ID, "Salvador Allende", 2004, "star of a related film", null))),
                sink.person("patricio-guzman"));
    }

    @Test
    void people_of_untitled_related_films_come_once_each_in_page_order_and_machuca_people_are_not_among_them() {
        assertEquals(List.of("Patricio Guzmán", "Salvador Allende", "Abilio Fernández", "Gaspar Galaz",
                "Lautaro Núñez", "Luís Henríquez", "Carlos Altamirano", "Fernando Castillo", "Raúl Zurita",
                "Vincent Davy", "Hortensia Allende", "Tomás Gutiérrez Alea", "Juan Carlos Tabío", "Jorge Perugorría",
                "Vladimir Cruz", "Mirta Ibarra", "Sergio Corrieri", "Daisy Granados", "Eslinda Núñez", "Rafael Cortes",
                "Martin LaSalle", "Patxi Andión", "José Antonio Rodríguez", "Nelson Villagra"),
                sink.people().stream().map(Person::name).toList());
        assertEquals(new Person("abilio-fernandez", "Abilio Fernández", List.of("actor"), null, null,
                List.of(new PersonFilm(FILM_ID, "Salvador Allende", 2004, "star of a related film", null))),
                sink.person("abilio-fernandez"));
    }

    @Test
    void film_has_title_year_and_slug_id_from_the_discussion_line() {
        Film film = sink.films().getFirst();
        assertAll(
                () -> assertEquals(FILM_ID, film.id()),
                () -> assertEquals("Salvador Allende", film.title()),
                () -> assertEquals(2004, film.year()));
    }

    @Test
    void film_has_plot_once_awards_and_release_date_with_country() {
        Film film = sink.films().getFirst();
        assertAll(
                () -> assertEquals(PLOT, film.plot()),
                () -> assertEquals("1 win & 2 nominations", film.awards()),
                () -> assertEquals(LocalDate.of(2007, 9, 5), film.releaseDate()),
                () -> assertEquals("USA", film.releaseCountry()));
    }

    @Test
    void cast_is_in_page_order_with_characters_without_qualifiers() {
        assertEquals(List.of(
                CastMember.named("Jacques Bidou", "Narrator"),
                CastMember.named("Alejandro Gonzáles", "Himself"),
                CastMember.named("Ema Malig", null),
                CastMember.named("Anita", null),
                CastMember.named("Victor Pey", null),
                CastMember.named("Sergio Vuskovic", null),
                CastMember.named("Edward Korry", "Himself"),
                CastMember.named("Isabel Allende Bussi", "Herself - Salvador Allende's Daughter"),
                CastMember.named("Ernesto Salamanca", null),
                CastMember.named("Carmen Paz", null),
                CastMember.named("Claudina Nuñez", null),
                CastMember.named("Volodia Teitelboim", null),
                CastMember.named("Carlos Pino", null)), sink.films().getFirst().cast());
    }

    @Test
    void character_lines_before_the_first_cast_name_are_the_only_problems() {
        assertEquals(List.of(
                NAME + ":87: character line 'Himself (archive footage)' has no cast name",
                NAME + ":88: character line 'Narrator (voice)' has no cast name"), sink.problemLines());
    }

    @Test
    void related_films_have_rating_genres_plot_directors_and_stars_and_only_machuca_a_title() {
        String guzman = "Patricio Guzmán";
        String alea = "Tomás Gutiérrez Alea";
        assertEquals(List.of(
                related(null, 8.3, List.of(), "The chronicle of the political tension in Chile in 1973 and of the "
                        + "violent counter revolution against the democratically elected government of Salvador "
                        + "Allende.", List.of(guzman), List.of("Salvador Allende", "Abilio Fernández")),
                related(null, 7.6, List.of("Documentary", "Drama"), "In Chile's Atacama Desert, astronomers peer "
                        + "deep into the cosmos in search for answers concerning the origins of life. Nearby, a group "
                        + "of women sift through the sand searching for body ...", List.of(guzman),
                        List.of("Gaspar Galaz", "Lautaro Núñez", "Luís Henríquez")),
                related(null, 7.9, List.of(), "Completed two years after Batalla de Chile: La insurrección de la "
                        + "burguesía, La (1975) and Batalla de Chile: El golpe de estado, La (1977), this film deals "
                        + "with the creation of ...", List.of(guzman), List.of("Salvador Allende", "Abilio Fernández")),
                related(null, 8.2, List.of(), "Taking place during the Chilean Coup d'état in 1973, this film opens "
                        + "with the attempted military coup of June 1973, which is put down by troops loyal to the "
                        + "government. The left is divided ...", List.of(guzman),
                        List.of("Salvador Allende", "Carlos Altamirano", "Fernando Castillo")),
                related(null, 7.3, List.of(), "True story of the saga that was hoped to be the long-awaited justice "
                        + "brought to bear upon Augosto Pinochet, Chilean dictator from 1973 to 1990. In September "
                        + "1998, Pinochet flew to London on...", List.of(guzman), List.of("Salvador Allende")),
                related(null, 7.5, List.of(), "The ocean contains the history of all humanity. The sea holds all the "
                        + "voices of the earth and those that come from outer space. Water receives impetus from the "
                        + "stars and transmits it to ...", List.of(guzman), List.of(guzman, "Raúl Zurita")),
                related(null, 7.9, List.of(), "After decades of fascist rule in Chile, Patricio Guzman returns to his "
                        + "country to screen his documentary, Battle of Chile, which until the time of the filming "
                        + "was banned by authorities. His...", List.of(guzman),
                        List.of(guzman, "Vincent Davy", "Hortensia Allende")),
                new RelatedFilm("machuca-2004", "Machuca", 2004, 7.8, List.of("Biography", "Drama"),
                        "Two boys observe a political coup in their native Chile.", List.of("Andrés Wood"),
                        List.of("Matías Quer", "Ariel Mateluna", "Manuela Martelli")),
                related(null, 7.4, List.of("Comedy", "Drama", "Romance"), "This Oscar nominated film is the story "
                        + "of two men who are opposites, one gay, the other straight, one a fierce communist, the "
                        + "other a fierce individualist, one suspicious, the other accepting, and how they come to "
                        + "love each other.", List.of(alea, "Juan Carlos Tabío"),
                        List.of("Jorge Perugorría", "Vladimir Cruz", "Mirta Ibarra")),
                related(null, 7.8, List.of(), "Sergio (Sergio Corrieri - Soy Cuba), through his life following the "
                        + "departure of his wife, parents and friends in the wake of the Bay of Pigs incident. Alone "
                        + "in a brave new world, Sergio ...", List.of(alea),
                        List.of("Sergio Corrieri", "Daisy Granados", "Eslinda Núñez")),
                related(null, 7.7, List.of(), null, List.of(guzman), List.of("Rafael Cortes", "Martin LaSalle")),
                related(null, 4.1, List.of(), null, List.of(guzman),
                        List.of("Patxi Andión", "José Antonio Rodríguez", "Nelson Villagra"))),
                sink.films().getFirst().related());
    }

    @Test
    void film_is_exactly_what_the_page_says_and_nothing_more() {
        Film film = sink.film(FILM_ID);
        Film expected = Film.builder("Salvador Allende").year(2004).plot(PLOT).awards("1 win & 2 nominations")
                .releaseDate(LocalDate.of(2007, 9, 5), "USA").cast(film.cast()).related(film.related()).build();
        assertEquals(expected, film);
    }

    @Test
    void review_has_headline_date_location_helpful_votes_and_the_whole_body() throws IOException {
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        String body = String.join("\n\n", lines.get(154), lines.get(156), lines.get(158), lines.get(160));
        Review expected = new Review("r-945f01b4be4a3d48", FILM_ID, "Salvador Allende", 2004,
                "Biographical documentary chronicling the life and political history of Salvador Allende champion "
                        + "of Chilean democracy and the Chilean people.",
                null, "United Kingdom", LocalDate.of(2006, 5, 6), null, 16, 19, body, null);
        Review review = sink.reviews().getFirst();
        assertAll(
                () -> assertEquals(expected, review),
                () -> assertEquals(4, review.body().split("\n\n").length),
                () -> assertEquals(6143, review.body().length()),
                () -> assertNull(review.language()));
    }

    @Test
    void quote_is_the_speaker_and_the_line_from_did_you_know() {
        assertEquals(new Quote("q-6fd8050530dd9fea", FILM_ID, "Salvador Allende", 2004, "Salvador Allende",
                "History is ours, and the people make it to build a better society.", null), sink.quotes().getFirst());
    }

    @Test
    void review_and_quote_ids_are_the_same_on_every_read() {
        CollectingSink again = PageFixtures.read(seed, NAME);
        assertEquals(sink.records, again.records);
    }

    @Test
    void no_page_furniture_reaches_any_record() {
        String all = sink.records.stream().map(Object::toString).collect(Collectors.joining("\n"));
        List<String> furniture = List.of("Watch Now", "Amazon Video", "$3.99", "See more", "See all", "Learn more",
                "Was this review helpful", "people found this review", "Contribute to This Page",
                "Create a character page", "Message Boards", "message boards", "Recent Posts", "Where can I see it",
                "MMarin", "Plot Summary", "Add Synopsis", "certifications", "This FAQ is empty", "Add the first",
                "See all my reviews", "Show detailed", "1 2 3 4 5 6 7 8 9 10", "/10", "See full summary", "»", "| |",
                "Filming Locations", "Sound Mix", "Company Credits", "Technical Specs", "Did You Know",
                "Frequently Asked", "User Reviews", "Cast overview", "People who liked", "Release Date",
                "(voice)", "(archive footage)", "(as ", "Bidou ...", "Pino ...", "=X,", "[X", "X]");
        for (String f : furniture) {
            assertFalse(all.contains(f), () -> "furniture '" + f + "' reached a record");
        }
    }

    private static RelatedFilm related(String title, double rating, List<String> genres, String plot,
                                       List<String> directors, List<String> stars) {
        return new RelatedFilm(null, title, null, rating, genres, plot, directors, stars);
    }
}
