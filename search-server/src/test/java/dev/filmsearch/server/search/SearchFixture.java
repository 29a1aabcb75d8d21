package dev.filmsearch.server.search;

import dev.filmsearch.build.RecordsIndexer;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A small catalogue for search tests: 12 films (three Godfathers, four films by Patricio Guzmán, two called Crash; four with languages),
 * the people their credits give (derived by the catalogue), 3 reviews and 2 quotes. Written for these tests; the
 * facts are public, the plots and reviews are our own words.
 */
final class SearchFixture {
    static final Instant BUILT_AT = Instant.parse("2024-05-01T10:00:00Z");

    private SearchFixture() {
    }

    static List<CatalogRecord> records() {
        return List.of(
                Film.builder("The Godfather").id("tt0068646").year(1972).genre("Crime").genre("Drama")
                        .director("Francis Ford Coppola").castMember("Marlon Brando", "Vito Corleone")
                        .castMember("Al Pacino", "Michael Corleone").rating(9.2).votes(2_000_000L)
                        .plot("The aging patriarch of an organized crime dynasty hands control of his empire to his"
                                + " reluctant youngest son.").build(),
                Film.builder("The Godfather Part II").id("tt0071562").year(1974).genre("Crime").genre("Drama")
                        .director("Francis Ford Coppola").castMember("Al Pacino", "Michael Corleone")
                        .castMember("Robert De Niro", "Vito Corleone").rating(9.0).votes(1_400_000L)
                        .plot("The early life of Vito Corleone in New York and his son Michael's hold on the family"
                                + " crime syndicate.").build(),
                Film.builder("The Godfather Part III").id("tt0099674").year(1990).genre("Crime").genre("Drama")
                        .director("Francis Ford Coppola").castMember("Al Pacino", "Michael Corleone")
                        .rating(7.6).votes(420_000L)
                        .plot("In his final years Michael Corleone seeks to free the family from crime.").build(),
                Film.builder("Apocalypse Now").id("tt0078788").year(1979).genre("Drama").genre("War")
                        .director("Francis Ford Coppola").castMember("Martin Sheen", "Captain Willard")
                        .castMember("Marlon Brando", "Colonel Kurtz").rating(8.4).votes(700_000L)
                        .languages(List.of("English", "French", "Vietnamese"))
                        .plot("A captain is sent up a river in Cambodia to end the command of a renegade colonel.")
                        .build(),
                Film.builder("Salvador Allende").year(2004).genre("Documentary").director("Patricio Guzmán")
                        .rating(7.4).votes(900L).languages(List.of("Spanish"))
                        .plot("Un retrato del presidente Salvador Allende y de los mil días de la Unidad Popular en"
                                + " Chile, contado con películas de archivo.").build(),
                Film.builder("The Battle of Chile").originalTitle("La batalla de Chile").year(1975)
                        .genre("Documentary").genre("History").director("Patricio Guzmán").rating(8.3).votes(4_000L)
                        .languages(List.of("Spanish"))
                        .plot("A documentary about the political struggle in Chile in 1973, filmed as it happened.")
                        .build(),
                Film.builder("Nostalgia for the Light").originalTitle("Nostalgia de la luz").year(2010)
                        .genre("Documentary").director("Patricio Guzmán").rating(7.9).votes(7_000L)
                        .plot("Astronomers look at the sky from the Atacama desert while women search the ground for"
                                + " the remains of the disappeared.").build(),
                Film.builder("The Pearl Button").originalTitle("El botón de nácar").year(2015).genre("Documentary")
                        .director("Patricio Guzmán").rating(7.6).votes(3_000L)
                        .plot("Water, memory and the peoples of Patagonia.").build(),
                Film.builder("Amores perros").id("tt0245712").year(2000).genre("Drama").genre("Thriller")
                        .director("Alejandro González Iñárritu").castMember("Gael García Bernal", "Octavio")
                        .rating(8.0).votes(250_000L).languages(List.of("Spanish"))
                        .plot("Un accidente de coche en la Ciudad de México une tres historias de amor y de perros.")
                        .build(),
                Film.builder("Crash").id("tt0375679").year(2004).genre("Crime").genre("Drama")
                        .director("Paul Haggis").rating(7.7).votes(450_000L)
                        .plot("Los Angeles citizens with vastly separate lives collide in interweaving stories.")
                        .build(),
                Film.builder("Crash").id("tt0115964").year(1996).genre("Drama").genre("Thriller")
                        .director("David Cronenberg").rating(6.3).votes(60_000L)
                        .plot("A film producer joins a group of people aroused by car accidents.").build(),
                Film.builder("Brackets & <Tags>").year(2021).genre("Comedy").director("Ann O'Neil")
                        .plot("A <b>bold</b> story about Tom & Jerry's \"quotes\" and more.").build(),
                new Review("r-fixture-1", "tt0068646", "The Godfather", 1972, "An offer worth accepting", "critic1",
                        null, null, 10.0, 16, 19,
                        "Coppola's film about the Corleone family is a masterpiece of American cinema.",
                        Language.EN),
                new Review("r-fixture-2", "tt0099674", "The Godfather Part III", 1990, "A tired ending", "critic2",
                        null, null, 5.0, 3, 10,
                        "The third Godfather film lacks the power of the first two documentaries of crime.",
                        Language.EN),
                new Review("r-fixture-3", null, "Salvador Allende", 2004, "Memoria de Chile", "crítico",
                        null, null, 8.0, null, null,
                        "Guzmán construye una memoria íntima del presidente con documentales y fotografías.",
                        Language.ES),
                new Quote("q-fixture-1", "tt0068646", "The Godfather", 1972, "Vito Corleone",
                        "I'm gonna make him an offer he can't refuse.", Language.EN),
                new Quote("q-fixture-2", "tt0071562", "The Godfather Part II", 1974, "Michael Corleone",
                        "Keep your friends close, but your enemies closer.", Language.EN));
    }

    static Path build(Path root) throws IOException {
        return RecordsIndexer.index(root, records(), BUILT_AT);
    }

    static SearchRequest query(String q) {
        return new SearchRequest(q, Set.of(), List.of(), List.of(), null, List.of(), SortOrder.RELEVANCE, 1, 10);
    }

    static SearchRequest browse(Set<RecordType> types, List<String> directors, List<String> genres, Range rating,
                                List<Range> years, SortOrder sort, int page, int size) {
        return new SearchRequest("", types, directors, genres, rating, years, sort, page, size);
    }
}
