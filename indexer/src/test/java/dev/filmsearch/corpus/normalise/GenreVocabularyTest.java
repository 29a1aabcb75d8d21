package dev.filmsearch.corpus.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GenreVocabularyTest {
    private static final NameTable GENRES = GenreVocabulary.table();

    private static List<String> split(String names) {
        return List.of(names.split("\\|"));
    }

    @Test
    void the_vocabulary_is_imdbs_28_genres_then_14_genres_of_other_sources() {
        assertEquals(List.of("Action", "Adult", "Adventure", "Animation", "Biography", "Comedy", "Crime",
                "Documentary", "Drama", "Family", "Fantasy", "Film-Noir", "Game-Show", "History", "Horror", "Music",
                "Musical", "Mystery", "News", "Reality-TV", "Romance", "Sci-Fi", "Short", "Sport", "Talk-Show",
                "Thriller", "War", "Western",
                "Black Comedy", "Disaster", "Erotic", "Found Footage", "Legal", "Martial Arts", "Political", "Satire",
                "Silent", "Slasher", "Spy", "Superhero", "Supernatural", "Teen"), GenreVocabulary.genres());
    }

    /** Every spelling line of genres.tsv, with what it must give: a line added to the table needs one here. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            Animated	Animation
            Biographical	Biography
            Biopic	Biography
            Historical	History
            Sports	Sport
            Noir	Film-Noir
            Suspense	Thriller
            Science Fiction	Sci-Fi
            Concert	Music
            Performance	Music
            Dance	Music
            Romantic Comedy	Romance|Comedy
            Dark Comedy	Black Comedy|Comedy
            Black Comedy	Black Comedy|Comedy
            Satire	Satire|Comedy
            Slasher	Slasher|Horror
            Martial Arts	Martial Arts|Action
            Courtroom	Legal
            Politics	Political
            Kids	Family
            Reality	Reality-TV
            Talk	Talk-Show
            Acción	Action
            Adulto	Adult
            Adultos	Adult
            Aventura	Adventure
            Aventuras	Adventure
            Animación	Animation
            Dibujos animados	Animation
            Biografía	Biography
            Biográfica	Biography
            Comedia	Comedy
            Crimen	Crime
            Policíaca	Crime
            Policiaco	Crime
            Policial	Crime
            Documental	Documentary
            Familia	Family
            Familiar	Family
            Infantil	Family
            Fantasía	Fantasy
            Fantástica	Fantasy
            Fantástico	Fantasy
            Cine negro	Film-Noir
            Concurso	Game-Show
            Historia	History
            Histórica	History
            Terror	Horror
            Música	Music
            Misterio	Mystery
            Noticias	News
            Telerrealidad	Reality-TV
            Romántica	Romance
            Romántico	Romance
            Ciencia ficción	Sci-Fi
            Cortometraje	Short
            Corto	Short
            Deporte	Sport
            Deportes	Sport
            Deportiva	Sport
            Programa de entrevistas	Talk-Show
            Intriga	Thriller
            Suspenso	Thriller
            Bélica	War
            Bélico	War
            Guerra	War
            Oeste	Western
            Comedia romántica	Romance|Comedy
            Comedia negra	Black Comedy|Comedy
            Catástrofe	Disaster
            Desastre	Disaster
            Erótica	Erotic
            Erótico	Erotic
            Metraje encontrado	Found Footage
            Judicial	Legal
            Artes marciales	Martial Arts|Action
            Política	Political
            Político	Political
            Sátira	Satire|Comedy
            Cine mudo	Silent
            Muda	Silent
            Mudo	Silent
            Espionaje	Spy
            Espías	Spy
            Superhéroes	Superhero
            Sobrenatural	Supernatural
            Adolescentes	Teen
            Juvenil	Teen
            """)
    void each_spelling_of_the_table_gives_its_genres(String spelling, String genres) {
        assertEquals(Optional.of(split(genres)), GENRES.resolve(spelling));
    }

    @Test
    void the_test_above_lists_every_spelling_line_of_the_table() {
        long lines = TableFile.read(GenreVocabulary.FILE).stream().filter(r -> !r[0].startsWith("= ")).count();
        assertEquals(88, lines);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            Film Noir	Film-Noir
            FILM-NOIR	Film-Noir
            film noir	Film-Noir
            sci-fi	Sci-Fi
            SciFi	Sci-Fi
            Sci Fi	Sci-Fi
            Science-Fiction	Sci-Fi
            Reality TV	Reality-TV
            game show	Game-Show
            comedy	Comedy
            ciencia ficcion	Sci-Fi
            """)
    void case_accents_spaces_and_hyphens_do_not_matter(String spelling, String genre) {
        assertEquals(Optional.of(List.of(genre)), GENRES.resolve(spelling));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            Thriller/Suspense	Thriller
            Concert/Performance	Music
            Action & Adventure	Action|Adventure
            Sci-Fi & Fantasy	Sci-Fi|Fantasy
            War & Politics	War|Political
            Action, Adventure, Sci-Fi	Action|Adventure|Sci-Fi
            Action|Adventure	Action|Adventure
            Acción y aventura	Action|Adventure
            Crime and Mystery	Crime|Mystery
            Comedy / Romantic Comedy	Comedy|Romance
            """)
    void a_compound_value_is_split_into_its_genres_each_once(String value, String genres) {
        assertEquals(Optional.of(split(genres)), GENRES.resolve(value));
    }

    @Test
    void a_value_with_a_part_the_table_does_not_know_is_unknown_as_a_whole() {
        assertEquals(Optional.empty(), GENRES.resolve("Kung Fu/Action"));
        assertEquals(Optional.empty(), GENRES.resolve("Independent"));
        assertEquals(Optional.empty(), GENRES.resolve("TV Movie"));
        assertEquals(Optional.empty(), GENRES.resolve("Live Action"));
        assertEquals(Optional.empty(), GENRES.resolve("Foreign"));
        assertEquals(Optional.empty(), GENRES.resolve("日本映画"));
    }
    @Test
    void a_genres_other_names_are_the_spellings_that_name_it_alone() {
        var names = GenreVocabulary.otherNames();

        assertEquals(List.of("Science Fiction", "Ciencia ficción"), names.get("Sci-Fi"));
        assertEquals(List.of("Comedia"), names.get("Comedy"));
        assertEquals(List.of("Suspense", "Intriga", "Suspenso"), names.get("Thriller"));
        assertEquals(null, names.get("Black Comedy"));
    }
}
