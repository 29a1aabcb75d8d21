package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.Alias;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.EpisodeOf;
import dev.filmsearch.model.Film;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one tconst's rows into a {@link Film}, and hands each person's role on it to the person sort.
 * A title without a title.basics row is not a film: its other rows are problems. A title with a malformed basics
 * row is one problem; its other rows go with it unreported, as do those of a title whose type the settings leave
 * out. A person credited by both title.crew and title.principals in the same role is listed once; a person listed
 * twice in the same category by title.principals is a problem ("repeated credit"). title.akas rows become the
 * film's aliases (in {@code ordering} order; one per title, region and language; a title equal to the film's own
 * is kept only when it is Spanish, so the Spanish title is known), title.episode the episode's series.
 */
final class FilmAssembler {
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
    private static final int AKA_TITLE = 2;
    private static final int AKA_REGION = 3;
    private static final int AKA_LANGUAGE = 4;
    private static final int AKA_TYPES = 5;
    private static final int AKA_ATTRIBUTES = 6;
    private static final int PARENT = 1;
    private static final int SEASON = 2;
    private static final int EPISODE = 3;
    /** What separates the items of title.akas types and attributes (ASCII STX, as in IMDb's dumps). */
    private static final String AKA_LIST_SEPARATOR = "\u0002";

    private final Map<DumpFile, TsvFile> files;
    private final NameTable names;
    private final Characters characters;
    private final RecordSink sink;
    private final ExternalSorter<PersonEntry> people;
    private final NameTable seriesTitles;
    private final Set<String> titleTypes;

    /**
     * @param seriesTitles the titles of the series title.episode names, by tconst number
     * @param titleTypes the title types to keep; empty for all
     */
    FilmAssembler(Map<DumpFile, TsvFile> files, NameTable names, NameTable seriesTitles, Set<String> titleTypes,
                  Characters characters, RecordSink sink, ExternalSorter<PersonEntry> people) {
        this.files = files;
        this.names = names;
        this.seriesTitles = seriesTitles;
        this.titleTypes = Set.copyOf(titleTypes);
        this.characters = characters;
        this.sink = sink;
        this.people = people;
    }

    private record Principal(long line, int ordering, int nconst, String id, String category, String character) {
    }

    void assemble(TitleGroup g) throws IOException {
        if (g.basics().isEmpty()) {
            reportWithoutTitle(g);
            knownElsewhere(g);
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
        if (!titleTypes.isEmpty() && !titleTypes.contains(type)) {
            return;
        }
        film.titleType(type);
        if (!g.ratings().isEmpty()) {
            rate(film, first(DumpFile.TITLE_RATINGS, g.ratings()));
        }
        if (!g.episode().isEmpty()) {
            film.episodeOf(episodeOf(first(DumpFile.TITLE_EPISODE, g.episode())));
        }
        Film draft = film.build();
        List<Alias> aliases = aliases(draft, g.akas());
        Roles roles = credits(g, new Roles(g.tconst(), draft));
        sink.accept(draft.toBuilder().aliases(aliases).directors(roles.directors).writers(roles.writers)
                .cast(roles.cast).build());
        for (PersonEntry.FilmRole role : roles.filmRoles) {
            people.add(role);
        }
    }

    private void reportWithoutTitle(TitleGroup g) {
        for (DumpFile kind : DumpFile.TITLE_FILES.subList(1, DumpFile.TITLE_FILES.size())) {
            for (TsvRow row : g.rows(kind)) {
                reject(kind, row.line(), "tconst " + row.id() + " is not in title.basics.tsv");
            }
        }
    }

    /**
     * The knownForTitles entries of a title this folder does not have (an excerpt of the dumps names films outside
     * it): kept in the person's filmography as the film's id only, so that the catalogue can link the person to that
     * film from another source and give the entry its title there (entries without a catalogue film are dropped).
     */
    private void knownElsewhere(TitleGroup g) throws IOException {
        String filmId = ImdbId.text(ImdbId.TITLE, g.key());
        for (KnownFor k : g.knownFor()) {
            people.add(new PersonEntry.FilmRole(k.nconst(), null, g.tconst(), 0, filmId, null, null, null));
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

    /** The title.akas rows of the film as aliases, in ordering order, one per (title, region, language). */
    private List<Alias> aliases(Film own, List<TsvRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        record Numbered(int ordering, Alias alias) {
        }
        List<Numbered> numbered = new ArrayList<>(rows.size());
        for (TsvRow row : rows) {
            try {
                Integer ordering = Values.count(row.value(ORDERING), "ordering");
                Alias alias = new Alias(Values.required(row.value(AKA_TITLE), "title"),
                        Values.text(row.value(AKA_REGION)), Values.text(row.value(AKA_LANGUAGE)),
                        akaList(row.value(AKA_TYPES)), akaList(row.value(AKA_ATTRIBUTES)));
                numbered.add(new Numbered(ordering == null ? Integer.MAX_VALUE : ordering, alias));
            } catch (BadValue e) {
                reject(DumpFile.TITLE_AKAS, row.line(), e.getMessage());
            }
        }
        numbered.sort(Comparator.comparingInt(Numbered::ordering));
        Map<String, Alias> unique = new LinkedHashMap<>();
        for (Numbered n : numbered) {
            Alias a = n.alias();
            boolean ownTitle = a.title().equals(own.title()) || a.title().equals(own.originalTitle());
            if (!ownTitle || a.spanish()) {
                unique.putIfAbsent(a.title() + "\t" + a.region() + "\t" + a.language(), a);
            }
        }
        return List.copyOf(unique.values());
    }

    private static List<String> akaList(String value) {
        List<String> items = new ArrayList<>();
        if (Values.text(value) != null) {
            for (String item : value.split(AKA_LIST_SEPARATOR)) {
                String clean = Values.text(item);
                if (clean != null) {
                    items.add(clean);
                }
            }
        }
        return items;
    }

    /** The series of an episode's title.episode row, or null (reported) when the row is malformed. */
    private EpisodeOf episodeOf(TsvRow row) {
        String parent = row.value(PARENT);
        int number = ImdbId.parse(ImdbId.TITLE, parent);
        if (number < 0) {
            reject(DumpFile.TITLE_EPISODE, row.line(), "bad parentTconst '" + parent + "'");
            return null;
        }
        try {
            return new EpisodeOf(parent, seriesTitles.name(number), Values.count(row.value(SEASON), "seasonNumber"),
                    Values.count(row.value(EPISODE), "episodeNumber"));
        } catch (BadValue e) {
            reject(DumpFile.TITLE_EPISODE, row.line(), e.getMessage());
            return null;
        }
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
