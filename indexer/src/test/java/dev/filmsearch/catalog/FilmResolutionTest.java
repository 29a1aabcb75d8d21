package dev.filmsearch.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.catalog.store.StoreSettings;
import dev.filmsearch.model.Alias;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each film merge rule and each reason to keep look-alikes apart, with the counts the build summary shows. */
class FilmResolutionTest {
    @TempDir
    Path store;

    private static CatalogContents read(Film... films) {
        Catalog catalog = new Catalog();
        for (Film f : films) {
            catalog.accept(f);
        }
        return catalog.finish();
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> {
            if (v != 0) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static List<String> titles(CatalogContents contents) {
        List<String> out = new ArrayList<>();
        for (Film f : contents.films()) {
            out.add(f.id() + " " + f.title() + " (" + f.year() + ")");
        }
        return out;
    }

    @Test
    void inverted_title_merges_with_its_plain_form_a_year_apart_and_takes_the_plain_title() {
        CatalogContents contents = read(
                Film.builder("Boot, Das").year(1982).director("Wolfgang Petersen").build(),
                Film.builder("Das Boot").id("tt0082096").year(1981).director("Wolfgang Petersen").runtimeMinutes(149)
                        .build());

        assertEquals(List.of("tt0082096 Das Boot (1982)"), titles(contents));
        assertEquals(List.of(Alias.of("Boot, Das")), contents.films().getFirst().aliases());
        assertEquals(Map.of("inverted title, year ±1", 1L), nonZero(contents.stats().films().merged()));
    }

    @Test
    void a_title_in_parentheses_merges_with_the_film_of_that_title() {
        CatalogContents contents = read(
                Film.builder("The Prestige").id("tt0482571").year(2006).director("Christopher Nolan").build(),
                Film.builder("El truco final (The Prestige)").year(2006).director("Christopher Nolan").build());

        assertEquals(List.of("tt0482571 The Prestige (2006)"), titles(contents));
        assertEquals(List.of(Alias.of("El truco final (The Prestige)")), contents.films().getFirst().aliases());
        assertEquals(Map.of("title in parentheses", 1L), nonZero(contents.stats().films().merged()));
    }

    @Test
    void the_same_title_a_year_apart_merges_when_nothing_disagrees() {
        CatalogContents contents = read(
                Film.builder("Run Lola Run").id("tt0130827").year(1998).director("Tom Tykwer").runtimeMinutes(81)
                        .build(),
                Film.builder("Run Lola Run").year(1999).runtimeMinutes(80).build());

        assertEquals(List.of("tt0130827 Run Lola Run (1998)"), titles(contents));
        assertEquals(Map.of("title, year ±1", 1L), nonZero(contents.stats().films().merged()));
    }

    @Test
    void an_original_title_and_an_alias_find_the_film_of_another_source() {
        CatalogContents contents = read(
                Film.builder("The Lives of Others").id("tt0405094").year(2006).originalTitle("Das Leben der Anderen")
                        .build(),
                Film.builder("Das Leben der Anderen").year(2006).build(),
                Film.builder("Pan's Labyrinth").id("tt0457430").year(2006).alias(Alias.of("El laberinto del fauno"))
                        .build(),
                Film.builder("El Laberinto del Fauno").year(2007).director("Guillermo del Toro").build());

        assertEquals(List.of("tt0405094 The Lives of Others (2006)", "tt0457430 Pan's Labyrinth (2006)"),
                titles(contents));
        assertEquals(Map.of("original title or alias", 1L, "original title or alias, year ±1", 1L),
                nonZero(contents.stats().films().merged()));
    }

    @Test
    void the_same_id_merges_whatever_the_titles_say() {
        CatalogContents contents = read(
                Film.builder("The Godfather").id("tt0068646").year(1972).director("Francis Ford Coppola").build(),
                Film.builder("Il padrino").id("tt0068646").year(1974).director("Someone Else").build());

        assertEquals(List.of("tt0068646 The Godfather (1972)"), titles(contents));
        assertEquals(Map.of("same id", 1L), nonZero(contents.stats().films().merged()));
    }

    @Test
    void the_same_title_and_year_with_directors_who_disagree_stays_two_films() {
        CatalogContents contents = read(
                Film.builder("Crash").year(1996).director("David Cronenberg").runtimeMinutes(100).build(),
                Film.builder("Crash").year(1996).director("Paul Haggis").runtimeMinutes(112).build());

        assertEquals(List.of("crash-1996 Crash (1996)", "crash-1996 Crash (1996)"), titles(contents));
        assertEquals(Map.of(), nonZero(contents.stats().films().merged()));
        assertEquals(Map.of("directors disagree", 1L), nonZero(contents.stats().films().keptApart()));
    }

    @Test
    void a_co_directed_film_whose_sources_name_different_directors_is_one_film_when_two_cast_members_agree() {
        CatalogContents contents = read(
                Film.builder("The Lion King").year(1994).director("Roger Allers")
                        .castMember("Matthew Broderick", "Simba").castMember("Jeremy Irons", "Scar").build(),
                Film.builder("The Lion King").year(1994).director("Rob Minkoff")
                        .castMember("Jeremy Irons", null).castMember("James Earl Jones", null)
                        .castMember("Matthew Broderick", null).build());

        assertEquals(List.of("the-lion-king-1994 The Lion King (1994)"), titles(contents));
        assertEquals(Map.of("title and year", 1L), nonZero(contents.stats().films().merged()));
    }

    @Test
    void a_director_one_source_credits_in_the_cast_of_the_other_is_a_co_director_of_one_film() {
        CatalogContents contents = read(
                Film.builder("The Lion King").id("tt0110357").year(1994).director("Roger Allers").runtimeMinutes(88)
                        .castMember("Rob Minkoff", null).castMember("Matthew Broderick", null).build(),
                Film.builder("The Lion King").year(1994).director("Rob Minkoff").build(),
                Film.builder("Sin City").year(2005).director("Robert Rodriguez").runtimeMinutes(126).build(),
                Film.builder("Sin City").id("tt0401792").year(2005).director("Frank Miller").runtimeMinutes(147)
                        .writers(List.of(new dev.filmsearch.model.Credit(null, "Frank Miller")))
                        .castMember("Bruce Willis", null).castMember("Robert Rodriguez", null).build());

        assertEquals(List.of("tt0110357 The Lion King (1994)", "tt0401792 Sin City (2005)"), titles(contents));
        assertEquals(Map.of("title and year", 2L), nonZero(contents.stats().films().merged()));
    }

    @Test
    void the_same_title_and_year_with_directors_who_disagree_and_one_shared_actor_stays_two_films() {
        CatalogContents contents = read(
                Film.builder("The Promise").year(2016).director("Terry George").castMember("Oscar Isaac", null)
                        .castMember("Christian Bale", null).build(),
                Film.builder("The Promise").year(2016).director("Edwine Dorival").castMember("Oscar Isaac", null)
                        .castMember("Jean Dujardin", null).build());

        assertEquals(2, contents.films().size());
        assertEquals(Map.of("directors disagree", 1L), nonZero(contents.stats().films().keptApart()));
    }

    @Test
    void directors_spelled_two_ways_or_credited_one_of_two_still_agree() {
        CatalogContents contents = read(
                Film.builder("Snowpiercer").year(2013).director("Joon-ho Bong").build(),
                Film.builder("Snowpiercer").year(2013).director("Bong Joon Ho").build(),
                Film.builder("Burn After Reading").year(2008).director("Ethan Coen").build(),
                Film.builder("Burn After Reading").year(2008).director("Joel Coen").build(),
                Film.builder("Chicken Run").year(2000).director("Peter Lord").runtimeMinutes(84).build(),
                Film.builder("Chicken Run").year(2000).director("Nick Park").runtimeMinutes(84).build(),
                Film.builder("Tango & Cash").year(1989).director("Andrey Konchalovskiy").build(),
                Film.builder("Tango & Cash").year(1989).director("Andrei Konchalovsky").build());

        assertEquals(4, contents.films().size());
        assertEquals(Map.of("title and year", 4L), nonZero(contents.stats().films().merged()));
    }

    @Test
    void the_same_title_a_year_apart_with_casts_that_share_no_one_stays_two_films() {
        CatalogContents contents = read(
                Film.builder("Titanic").id("tt0120338").year(1997).castMember("Leonardo DiCaprio", null)
                        .castMember("Kate Winslet", null).build(),
                Film.builder("Titanic").year(1996).castMember("George C. Scott", null)
                        .castMember("Catherine Zeta-Jones", null).build());

        assertEquals(2, contents.films().size());
        assertEquals(Map.of("casts disagree", 1L), nonZero(contents.stats().films().keptApart()));
    }

    @Test
    void the_same_title_two_years_apart_stays_two_films() {
        CatalogContents contents = read(
                Film.builder("Run Lola Run").year(1998).build(),
                Film.builder("Run Lola Run").year(2000).build());

        assertEquals(List.of("run-lola-run-1998 Run Lola Run (1998)", "run-lola-run-2000 Run Lola Run (2000)"),
                titles(contents));
        assertEquals(0L, contents.stats().films().mergedTotal());
    }

    @Test
    void two_imdb_ids_with_the_same_title_and_year_are_counted_as_kept_apart() {
        CatalogContents contents = read(
                Film.builder("Crash").id("tt0375679").year(2004).build(),
                Film.builder("Crash").id("tt0379999").year(2004).build());

        assertEquals(2, contents.films().size());
        assertEquals(Map.of("different IMDb ids", 1L), nonZero(contents.stats().films().keptApart()));
    }

    @Test
    void films_of_one_title_and_year_with_imdb_ids_stay_apart_and_others_still_find_theirs_among_them() {
        CatalogContents contents = read(
                Film.builder("Episode #1.1").id("tt0000101").year(2010).director("Ann Lee").build(),
                Film.builder("Episode #1.1").year(2010).director("Bo Park").build(),
                Film.builder("Episode #1.1").id("tt0000102").year(2010).director("Bo Park").build(),
                Film.builder("Episode #1.1").id("tt0000103").year(2011).director("Cy Diaz").build(),
                Film.builder("Episode #1.1").year(2011).director("Cy Diaz").build());

        assertEquals(List.of("tt0000101 Episode #1.1 (2010)", "tt0000102 Episode #1.1 (2010)",
                "tt0000103 Episode #1.1 (2011)"), titles(contents));
        assertEquals(Map.of("title and year", 2L), nonZero(contents.stats().films().merged()));
        // the 2010 record without an id is kept apart from the first film (directors disagree) and joined by the
        // second IMDb film (its director); the 2011 IMDb film is kept apart from both 2010 films (different IMDb ids)
        assertEquals(Map.of("different IMDb ids", 1L, "directors disagree", 1L),
                nonZero(contents.stats().films().keptApart()));
    }

    @Test
    void a_film_joins_the_one_of_two_namesakes_whose_director_agrees() {
        CatalogContents contents = read(
                Film.builder("Crash").year(1996).director("David Cronenberg").build(),
                Film.builder("Crash").year(2005).director("Paul Haggis").build(),
                Film.builder("Crash").id("tt0375679").year(2004).director("Paul Haggis").build());

        assertEquals(List.of("crash-1996 Crash (1996)", "tt0375679 Crash (2005)"), titles(contents));
        assertEquals(Map.of("title, year ±1", 1L), nonZero(contents.stats().films().merged()));
    }

    @Test
    void reviews_and_quotes_attach_to_a_merged_film_by_either_record_s_title() {
        Catalog catalog = new Catalog();
        catalog.accept(Film.builder("Das Boot").id("tt0082096").year(1981).director("Wolfgang Petersen").build());
        catalog.accept(Film.builder("Boot, Das").year(1982).director("Wolfgang Petersen").build());
        catalog.accept(new Review("r-1", null, "Boot, Das", 1982, null, null, null, null, null, null, null,
                "A submarine film of great tension.", null));
        catalog.accept(new Review("r-2", "boot-das-1982", null, null, null, null, null, null, null, null, null,
                "Claustrophobic and long.", null));
        catalog.accept(new Quote("q-1", null, "Das Boot", 1981, null, "Verstanden.", Language.EN));
        catalog.accept(new Quote("q-2", null, "Godfather, The", 1972, null, "An offer he can't refuse.",
                Language.EN));
        catalog.accept(Film.builder("The Godfather").id("tt0068646").year(1972).build());

        CatalogContents contents = catalog.finish();

        assertEquals(List.of("tt0082096", "tt0082096"), contents.reviews().stream().map(Review::filmId).toList());
        assertEquals(List.of("tt0082096", "tt0068646"), contents.quotes().stream().map(Quote::filmId).toList());
        assertEquals(2, contents.stats().reviewsAttached());
        assertEquals(2, contents.stats().quotesAttached());
    }

    /** Reads the films into a catalogue whose listener logs each decision as "rule|reason: earlier id > later id". */
    private static CatalogContents readLogged(Path store, List<String> log, List<Film> films) {
        Catalog catalog = new Catalog(StoreSettings.in(store).withMemory(64L << 20), new FilmResolver.Listener() {
            @Override
            public void merged(FilmMatch.Rule rule, Film earlier, Film later) {
                log.add(rule.label + ": " + earlier.id() + " > " + later.id());
            }

            @Override
            public void keptApart(FilmMatch.Miss miss, Film earlier, Film later) {
                log.add(miss.label + ": " + earlier.id() + " > " + later.id());
            }
        });
        films.forEach(catalog::accept);
        return catalog.finish();
    }

    @Test
    void many_imdb_films_of_one_title_and_year_are_kept_apart_from_the_best_earlier_one_and_others_find_theirs() {
        List<Film> films = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            films.add(Film.builder("Episode #1.1").id(String.format("tt%07d", 1000 + i)).year(2010)
                    .director("Director " + i).build());
        }
        films.add(Film.builder("Episode #1.1").year(2010).director("Director 137").build());
        for (int i = 0; i < 200; i++) {
            films.add(Film.builder("Episode #1.1").id(String.format("tt%07d", 2000 + i)).year(2011)
                    .director("Director " + (500 + i)).build());
        }
        films.add(Film.builder("Episode #1.1").year(2011).director("Director 642").build());
        List<String> log = new ArrayList<>();

        CatalogContents contents = readLogged(store, log, films);

        assertEquals(500, contents.films().size());
        assertEquals(Map.of("title and year", 2L), nonZero(contents.stats().films().merged()));
        // every IMDb film but the first has an earlier one with another IMDb id; the records without an id find
        // theirs by director (the first 2010 film is the first they are kept apart from, uncounted as they merge)
        assertEquals(Map.of("different IMDb ids", 499L), nonZero(contents.stats().films().keptApart()));
        assertEquals("different IMDb ids: tt0001000 > tt0001001", log.get(0));
        assertEquals("different IMDb ids: tt0001000 > tt0001299", log.get(298));
        assertEquals("title and year: tt0001137 > episode-1-1-2010", log.get(299));
        // the first 2011 film's best look-alike is the first of 2010 (a year apart), the later ones' the first of 2011
        assertEquals("different IMDb ids: tt0001000 > tt0002000", log.get(300));
        assertEquals("different IMDb ids: tt0002000 > tt0002001", log.get(301));
        assertEquals("different IMDb ids: tt0002000 > tt0002199", log.get(499));
        assertEquals("title and year: tt0002142 > episode-1-1-2011", log.get(500));
        assertEquals(501, log.size());
    }

    @Test
    void an_imdb_film_is_kept_apart_from_the_earlier_imdb_film_of_the_plainer_title_key_not_the_lower_slot() {
        List<String> log = new ArrayList<>();

        readLogged(store, log, List.of(
                Film.builder("Boot, Das").id("tt0000001").year(1981).build(),
                Film.builder("Das Boot").id("tt0000002").year(1981).build(),
                Film.builder("Das Boot").id("tt0000003").year(1981).build()));

        // "Boot, Das" is under "das boot" as an inverted title; the second "Das Boot" is under it as a title
        assertEquals(List.of("different IMDb ids: tt0000001 > tt0000002", "different IMDb ids: tt0000002 > tt0000003"),
                log);
    }
}
