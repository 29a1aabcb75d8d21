package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one tconst's rows into a {@link Film}, and hands each person's role on it to the person sort.
 * A title without a title.basics row is not a film: its other rows are problems. A title of a skipped type
 * ({@link #SKIPPED_TYPES}) or with a malformed basics row is one problem; its other rows go with it unreported.
 * A person credited by both title.crew and title.principals in the same role is listed once; a person listed
 * twice in the same category by title.principals is a problem ("repeated credit").
 */
final class FilmAssembler {
    /** Title types that are not films of their own: an episode belongs to its series; games are not films. */
    static final Set<String> SKIPPED_TYPES = Set.of("tvEpisode", "videoGame");
    /** Principal categories listed as the film's cast. */
    static final Set<String> CAST_CATEGORIES = Set.of("actor", "actress", "self");
    static final String DIRECTOR = "director";
    static final String WRITER = "writer";

    // column indices, as DumpFile lists the columns of each file
    private static final int TYPE = 1;
    private static final int TITLE = 2;
    private static final int ORIGINAL_TITLE = 3;
    private static final int START_YEAR = 4;
    private static final int RUNTIME = 5;
    private static final int GENRES = 6;
    private static final int RATING = 1;
    private static final int VOTES = 2;
    private static final int DIRECTORS = 1;
    private static final int WRITERS = 2;
    private static final int ORDERING = 1;
    private static final int NCONST = 2;
    private static final int CATEGORY = 3;
    private static final int CHARACTERS = 4;

    private final Map<DumpFile, TsvFile> files;
    private final NameTable names;
    private final Characters characters;
    private final RecordSink sink;
    private final ExternalSorter<PersonEntry> people;

    FilmAssembler(Map<DumpFile, TsvFile> files, NameTable names, Characters characters, RecordSink sink,
                  ExternalSorter<PersonEntry> people) {
        this.files = files;
        this.names = names;
        this.characters = characters;
        this.sink = sink;
        this.people = people;
    }

    private record Principal(long line, int ordering, int nconst, String id, String category, String character) {
    }

    void assemble(TitleGroup g) throws IOException {
        if (g.basics().isEmpty()) {
            reportWithoutTitle(g);
            return;
        }
        TsvRow basics = first(DumpFile.TITLE_BASICS, g.basics());
        Film.Builder film;
        String type;
        try {
            type = Values.required(basics.value(TYPE), "titleType");
            film = basicsOf(basics);
        } catch (BadValue e) {
            reject(DumpFile.TITLE_BASICS, basics.line(), e.getMessage());
            return;
        }
        if (SKIPPED_TYPES.contains(type)) {
            reject(DumpFile.TITLE_BASICS, basics.line(), "skipped title type " + type);
            return;
        }
        if (!g.ratings().isEmpty()) {
            rate(film, first(DumpFile.TITLE_RATINGS, g.ratings()));
        }
        Film draft = film.build();
        Roles roles = credits(g, new Roles(g.tconst(), draft));
        sink.accept(draft.toBuilder().directors(roles.directors).writers(roles.writers).cast(roles.cast).build());
        for (PersonEntry.FilmRole role : roles.filmRoles) {
            people.add(role);
        }
    }

    private void reportWithoutTitle(TitleGroup g) {
        for (DumpFile kind : List.of(DumpFile.TITLE_RATINGS, DumpFile.TITLE_CREW, DumpFile.TITLE_PRINCIPALS)) {
            for (TsvRow row : rows(g, kind)) {
                reject(kind, row.line(), "tconst " + row.id() + " is not in title.basics.tsv");
            }
        }
    }

    private static Film.Builder basicsOf(TsvRow row) throws BadValue {
        String title = Values.required(row.value(TITLE), "primaryTitle");
        String original = Values.text(row.value(ORIGINAL_TITLE));
        return Film.builder(title).id(row.id())
                .originalTitle(title.equals(original) ? null : original)
                .year(Values.count(row.value(START_YEAR), "startYear"))
                .runtimeMinutes(Values.count(row.value(RUNTIME), "runtimeMinutes"))
                .genres(Values.list(row.value(GENRES)));
    }

    /** The title's credits: crew first, then principals by ordering, then who is known for it. */
    private Roles credits(TitleGroup g, Roles roles) {
        if (!g.crew().isEmpty()) {
            TsvRow crew = first(DumpFile.TITLE_CREW, g.crew());
            for (String id : Values.list(crew.value(DIRECTORS))) {
                crewMember(crew, id, DIRECTOR, roles);
            }
            for (String id : Values.list(crew.value(WRITERS))) {
                crewMember(crew, id, WRITER, roles);
            }
        }
        Set<String> listed = new HashSet<>();
        for (Principal p : principals(g.principals())) {
            String name = names.name(p.nconst());
            if (name == null) {
                reject(DumpFile.TITLE_PRINCIPALS, p.line(), "unknown person " + p.id() + " as " + p.category());
            } else if (!listed.add(p.nconst() + "/" + p.category())) {
                reject(DumpFile.TITLE_PRINCIPALS, p.line(), "repeated credit " + p.id() + " as " + p.category());
            } else {
                roles.add(p.nconst(), p.id(), name, p.category(), p.character());
            }
        }
        for (KnownFor k : g.knownFor()) {
            roles.knownFor(k.nconst());
        }
        return roles;
    }

    private void rate(Film.Builder film, TsvRow row) {
        try {
            Double rating = Values.decimal(row.value(RATING), "averageRating", 0, 10);
            Long votes = Values.bigCount(row.value(VOTES), "numVotes");
            film.rating(rating).votes(votes);
        } catch (BadValue e) {
            reject(DumpFile.TITLE_RATINGS, row.line(), e.getMessage());
        }
    }

    private void crewMember(TsvRow crew, String id, String role, Roles roles) {
        int nconst = ImdbId.parse(ImdbId.NAME, id);
        String column = role.equals(DIRECTOR) ? "directors" : "writers";
        // one name of a crew row's list: the film is kept without that credit (a value left out, not a lost row)
        if (nconst < 0) {
            ignore(DumpFile.TITLE_CREW, crew.line(), "bad nconst '" + id + "' in " + column);
            return;
        }
        String name = names.name(nconst);
        if (name == null) {
            ignore(DumpFile.TITLE_CREW, crew.line(), "unknown person " + id + " as " + role);
            return;
        }
        roles.add(nconst, id, name, role, null);
    }

    /** The valid principal rows in {@code ordering} order (the files list "10" before "1"). */
    private List<Principal> principals(List<TsvRow> rows) {
        List<Principal> valid = new ArrayList<>(rows.size());
        for (TsvRow row : rows) {
            try {
                Integer ordering = Values.count(row.value(ORDERING), "ordering");
                String id = row.value(NCONST);
                int nconst = ImdbId.parse(ImdbId.NAME, id);
                if (nconst < 0) {
                    throw new BadValue("bad nconst '" + id + "'");
                }
                valid.add(new Principal(row.line(), ordering == null ? Integer.MAX_VALUE : ordering, nconst, id,
                        Values.required(row.value(CATEGORY), "category"), characters.read(row.value(CHARACTERS))));
            } catch (BadValue e) {
                reject(DumpFile.TITLE_PRINCIPALS, row.line(), e.getMessage());
            }
        }
        valid.sort(Comparator.comparingInt(Principal::ordering));
        return valid;
    }

    /** The first row of a title in a file; the others repeat its tconst and are problems. */
    private TsvRow first(DumpFile kind, List<TsvRow> rows) {
        for (TsvRow extra : rows.subList(1, rows.size())) {
            reject(kind, extra.line(), "duplicate tconst " + extra.id());
        }
        return rows.getFirst();
    }

    private static List<TsvRow> rows(TitleGroup g, DumpFile kind) {
        return switch (kind) {
            case TITLE_RATINGS -> g.ratings();
            case TITLE_CREW -> g.crew();
            case TITLE_PRINCIPALS -> g.principals();
            default -> g.basics();
        };
    }

    private void reject(DumpFile kind, long line, String reason) {
        sink.reject(files.get(kind).problem(line, reason));
    }

    private void ignore(DumpFile kind, long line, String reason) {
        Problem p = files.get(kind).problem(line, reason);
        sink.reject(Problem.ignoredValue(p.file(), p.line(), p.reason()));
    }

    /** The credits of one film, each person once per role, and their roles for the person sort. */
    private static final class Roles {
        private final int tconst;
        private final Film film;
        final List<Credit> directors = new ArrayList<>();
        final List<Credit> writers = new ArrayList<>();
        final List<CastMember> cast = new ArrayList<>();
        final List<PersonEntry.FilmRole> filmRoles = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final Set<Integer> credited = new HashSet<>();

        Roles(int tconst, Film film) {
            this.tconst = tconst;
            this.film = film;
        }

        void add(int nconst, String id, String name, String role, String character) {
            if (!seen.add(nconst + "/" + role)) {
                return;
            }
            credited.add(nconst);
            switch (role) {
                case DIRECTOR -> directors.add(new Credit(id, name));
                case WRITER -> writers.add(new Credit(id, name));
                default -> {
                    if (CAST_CATEGORIES.contains(role)) {
                        cast.add(new CastMember(id, name, character));
                    }
                }
            }
            role(nconst, role, character);
        }

        void knownFor(int nconst) {
            if (credited.add(nconst)) {
                role(nconst, null, null);
            }
        }

        private void role(int nconst, String role, String character) {
            filmRoles.add(new PersonEntry.FilmRole(nconst, film.year(), tconst, filmRoles.size(), film.id(),
                    film.title(), role, character));
        }
    }
}
