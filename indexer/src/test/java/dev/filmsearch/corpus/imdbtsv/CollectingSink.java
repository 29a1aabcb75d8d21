package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test sink: keeps every record and problem, in the order the reader gave them. */
final class CollectingSink implements RecordSink {
    final List<CatalogRecord> records = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    @Override
    public void accept(CatalogRecord record) {
        records.add(record);
    }

    @Override
    public void reject(Problem problem) {
        problems.add(problem);
    }

    List<Film> films() {
        return records.stream().filter(Film.class::isInstance).map(Film.class::cast).toList();
    }

    List<Person> people() {
        return records.stream().filter(Person.class::isInstance).map(Person.class::cast).toList();
    }

    Film film(String id) {
        return films().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    Person person(String id) {
        return people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    List<String> problemLines() {
        return problems.stream().map(Problem::toString).toList();
    }

    /** Reads every file of {@code dir} as one source; files are named "{prefix}/{file name}". */
    static CollectingSink read(ImdbTsvReader reader, Path dir, String prefix) throws IOException {
        List<CorpusFile> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().map(p -> new CorpusFile(p, prefix + "/" + p.getFileName())).toList();
        }
        CollectingSink sink = new CollectingSink();
        reader.read(new CorpusSource(prefix, reader.format(), files, null), sink);
        return sink;
    }
}
