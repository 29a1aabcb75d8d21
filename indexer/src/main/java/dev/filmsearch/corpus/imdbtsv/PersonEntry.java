package dev.filmsearch.corpus.imdbtsv;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the person join sorts by nconst: each person's name.basics row, then the roles the title join found
 * for them. Sorted, a person's row comes first and their roles follow in filmography order.
 */
sealed interface PersonEntry {
    int nconst();

    /** A valid name.basics row. */
    record NameRow(int nconst, long line, String id, String name, List<String> professions, Integer birthYear,
                   Integer deathYear) implements PersonEntry {
        public NameRow {
            professions = List.copyOf(professions);
        }
    }

    /**
     * A role on a film of this folder; {@code role} null for a knownForTitles entry with no credit, and {@code title}
     * and {@code year} null too for a knownForTitles entry of a film outside the folder.
     */
    record FilmRole(int nconst, Integer year, int tconst, int seq, String filmId, String title, String role,
                    String character) implements PersonEntry {
    }

    /** Roles by year (unknown last), then title, then credit order on the title. */
    Comparator<FilmRole> FILM_ORDER = Comparator
            .comparing(FilmRole::year, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparingInt(FilmRole::tconst)
            .thenComparingInt(FilmRole::seq);

    /** Person, then their name.basics rows in file order, then their roles in {@link #FILM_ORDER}. */
    Comparator<PersonEntry> ORDER = (a, b) -> {
        if (a.nconst() != b.nconst()) {
            return Integer.compare(a.nconst(), b.nconst());
        }
        return switch (a) {
            case NameRow x -> b instanceof NameRow y ? Long.compare(x.line(), y.line()) : -1;
            case FilmRole x -> b instanceof FilmRole y ? FILM_ORDER.compare(x, y) : 1;
        };
    };

    ExternalSorter.Codec<PersonEntry> CODEC = new ExternalSorter.Codec<>() {
        @Override
        public void write(DataOutputStream out, PersonEntry entry) throws IOException {
            out.writeInt(entry.nconst());
            switch (entry) {
                case NameRow n -> {
                    out.writeByte(0);
                    Binary.writeVarLong(out, n.line());
                    Binary.writeString(out, n.id());
                    Binary.writeString(out, n.name());
                    Binary.writeVarLong(out, n.professions().size());
                    for (String p : n.professions()) {
                        Binary.writeString(out, p);
                    }
                    Binary.writeNullableInt(out, n.birthYear());
                    Binary.writeNullableInt(out, n.deathYear());
                }
                case FilmRole r -> {
                    out.writeByte(1);
                    Binary.writeNullableInt(out, r.year());
                    out.writeInt(r.tconst());
                    Binary.writeVarLong(out, r.seq());
                    Binary.writeString(out, r.filmId());
                    Binary.writeString(out, r.title());
                    Binary.writeString(out, r.role());
                    Binary.writeString(out, r.character());
                }
            }
        }

        @Override
        public PersonEntry read(DataInputStream in) throws IOException {
            int nconst = in.readInt();
            if (in.readByte() == 0) {
                long line = Binary.readVarLong(in);
                String id = Binary.readString(in);
                String name = Binary.readString(in);
                int n = (int) Binary.readVarLong(in);
                List<String> professions = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    professions.add(Binary.readString(in));
                }
                return new NameRow(nconst, line, id, name, professions, Binary.readNullableInt(in),
                        Binary.readNullableInt(in));
            }
            Integer year = Binary.readNullableInt(in);
            int tconst = in.readInt();
            int seq = (int) Binary.readVarLong(in);
            return new FilmRole(nconst, year, tconst, seq, Binary.readString(in), Binary.readString(in),
                    Binary.readString(in), Binary.readString(in));
        }
    };
}
