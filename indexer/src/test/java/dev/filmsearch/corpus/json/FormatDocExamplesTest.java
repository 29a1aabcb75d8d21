package dev.filmsearch.corpus.json;

import dev.filmsearch.corpus.CollectingSink;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.rows.RowFixtures;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RelatedFilm;
import dev.filmsearch.model.Review;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example lines in docs/corpus-format.md read as the document says they do. */
class FormatDocExamplesTest {
    @Test
    void reads_the_example_line_of_each_type_in_the_format_document(@TempDir Path dir) throws IOException {
        String doc = Files.readString(RowFixtures.projectFolder().resolve("docs/corpus-format.md"));
        int start = doc.indexOf("```jsonl\n") + "```jsonl\n".length();
        Path examples = Files.writeString(dir.resolve("examples.jsonl"), doc.substring(start, doc.indexOf("```", start)));

        CollectingSink sink = RowFixtures.read(new JsonLinesReader(), new CorpusSource("examples.jsonl", "jsonl",
                List.of(new CorpusFile(examples, "examples.jsonl")), null));

        Film film = Film.builder("The Sea Inside").id("tt0369702").originalTitle("Mar adentro").year(2004)
                .releaseDate(LocalDate.of(2004, 9, 3), "Spain").genres(List.of("Biography", "Drama"))
                .director("Alejandro Amenábar")
                .writers(List.of(Credit.named("Alejandro Amenábar"), Credit.named("Mateo Gil")))
                .cast(List.of(new CastMember("nm0000849", "Javier Bardem", "Ramón Sampedro"),
                        CastMember.named("Belén Rueda", "Julia")))
                .rating(8.0).votes(87000L).runtimeMinutes(126).languages(List.of("Spanish", "Catalan"))
                .countries(List.of("Spain", "France", "Italy"))
                .plot("The real story of Ramón Sampedro, who fought for thirty years for the right to end his own life.")
                .keywords(List.of("euthanasia", "quadriplegic", "based on a true story")).awards("Won 1 Oscar")
                .related(List.of(new RelatedFilm("tt0230600", "The Others", 2001, 7.6, List.of("Horror", "Mystery"),
                        null, List.of("Alejandro Amenábar"), List.of("Nicole Kidman"))))
                .build();
        Person person = new Person("nm0000849", "Javier Bardem", List.of("actor", "producer"), 1969, null,
                List.of(new PersonFilm("tt0369702", "The Sea Inside", 2004, "actor", "Ramón Sampedro")));
        Review review = new Review(sink.all(Review.class).getFirst().id(), "tt0369702", "The Sea Inside", 2004,
                "Una película valiente", "cinefila88", "Madrid, Spain", LocalDate.of(2005, 1, 15), 9.0, 16, 19,
                "Bardem está inmenso.\n\nUna historia que no se olvida.", Language.ES);
        Quote quote = new Quote("q-casablanca-1", "tt0034583", "Casablanca", 1942, "Rick Blaine",
                "Here's looking at you, kid.", Language.EN);
        assertEquals(List.of(film, person, review, quote), sink.records);
        assertEquals(List.of(), sink.problemLines());
    }
}
