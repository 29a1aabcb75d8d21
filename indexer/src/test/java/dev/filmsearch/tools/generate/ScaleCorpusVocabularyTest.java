package dev.filmsearch.tools.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleCorpusVocabularyTest {
    @TempDir
    Path shared;

    @Test
    void counts_words_and_names_from_the_shared_sets_most_frequent_first() throws IOException {
        gzip(shared.resolve("aclimdb-reviews/aclimdb_reviews.jsonl.gz"),
                "{\"text\": \"The film, the END.<br /><br />Film noir isn't dead\"}\n{\"text\": \"the\"}\n");
        Path names = shared.resolve("imdb-tsv-samples/one/name.basics.tsv");
        Files.createDirectories(names.getParent());
        Files.writeString(names, "nconst\tprimaryName\tbirthYear\n"
                + "nm1\tAna Torres\t1970\nnm2\tAna de la Cruz\t\\N\nnm3\tLuis Torres\t\\N\nnm4\tCher\t\\N\n");

        Vocabulary vocabulary = Vocabulary.fromSharedOrBuiltIn(shared);

        assertEquals(List.of("the", "film", "dead", "end", "isn't", "noir"), items(vocabulary.englishWords()));
        assertEquals(List.of("Ana", "Luis"), items(vocabulary.firstNames()));
        assertEquals(List.of("Torres", "de la Cruz"), items(vocabulary.lastNames()));
        assertEquals(items(Vocabulary.builtIn().spanishWords()), items(vocabulary.spanishWords()));
    }

    @Test
    void title_words_leave_out_the_most_frequent_words() {
        WeightedTable titles = Vocabulary.titleWords(Vocabulary.builtIn().englishWords());

        assertEquals("scenes", titles.item(0));
        assertEquals(Vocabulary.builtIn().englishWords().size() - 86, titles.size());
    }

    @Test
    void an_absent_shared_folder_gives_the_built_in_vocabulary() {
        assertEquals("built-in", Vocabulary.fromSharedOrBuiltIn(shared.resolve("absent")).source());
    }

    private static List<String> items(WeightedTable table) {
        return java.util.stream.IntStream.range(0, table.size()).mapToObj(table::item).toList();
    }

    private static void gzip(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
