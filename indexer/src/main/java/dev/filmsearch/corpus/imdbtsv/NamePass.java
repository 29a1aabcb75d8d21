package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.RecordSink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The one read of name.basics: every valid row goes into the {@link NameTable} (so the title join can name
 * credits), into the person sort (so the person join can emit it with its films), and its knownForTitles into
 * the known-for sort (so the title join can add titles a person is known for but not credited on).
 */
final class NamePass {
    private static final int NAME = 1;
    private static final int BIRTH_YEAR = 2;
    private static final int DEATH_YEAR = 3;
    private static final int PROFESSIONS = 4;
    private static final int KNOWN_FOR = 5;

    private final TsvFile file;
    private final RecordSink sink;

    NamePass(TsvFile file, RecordSink sink) {
        this.file = file;
        this.sink = sink;
    }

    void read(NameTable names, ExternalSorter<PersonEntry> people, ExternalSorter<KnownFor> knownFor)
            throws IOException {
        OrderScan.Check order = new OrderScan.Check(file, "people are sorted by nconst here anyway");
        file.read(sink, row -> {
            if (order.row(row.key(), row.id(), row.line())) {
                sink.reject(order.first());
            }
            PersonEntry.NameRow person;
            try {
                person = parse(row);
            } catch (BadValue e) {
                sink.reject(file.problem(row.line(), e.getMessage()));
                return;
            }
            names.add(person.nconst(), person.name());
            people.add(person);
            for (String id : Values.list(row.value(KNOWN_FOR))) {
                long tconst = ImdbId.textKey(ImdbId.TITLE, id);
                if (tconst < 0) {
                    sink.reject(file.problem(row.line(), "bad tconst '" + id + "' in knownForTitles"));
                } else {
                    knownFor.add(new KnownFor(tconst, person.nconst()));
                }
            }
        });
    }

    private static PersonEntry.NameRow parse(TsvRow row) throws BadValue {
        String name = Values.required(row.value(NAME), "primaryName");
        if (name.getBytes(StandardCharsets.UTF_8).length > NameTable.MAX_NAME_BYTES) {
            throw new BadValue("primaryName is longer than " + NameTable.MAX_NAME_BYTES + " bytes");
        }
        return new PersonEntry.NameRow(row.number(), row.line(), row.id(), name,
                Values.list(row.value(PROFESSIONS)), Values.count(row.value(BIRTH_YEAR), "birthYear"),
                Values.count(row.value(DEATH_YEAR), "deathYear"));
    }
}
