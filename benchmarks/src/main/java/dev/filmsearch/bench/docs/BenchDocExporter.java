package dev.filmsearch.bench.docs;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.filmsearch.catalog.CatalogContents;
import dev.filmsearch.catalog.FilmFame;
import dev.filmsearch.catalog.FilmSummary;
import dev.filmsearch.catalog.LanguageDetector;
import dev.filmsearch.catalog.LinkedRecord;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Flattens a finished catalogue into {@link BenchDoc}s for the peer engines: the records filmsearch indexes, with
 * the same film facets on reviews and quotes and the same language per text. Pure apart from the file it writes.
 */
public final class BenchDocExporter {
    private final LanguageDetector detector = new LanguageDetector();

    /** Writes every record of the catalogue, one JSON object per line; returns how many. */
    public static long write(CatalogContents contents, Path out) throws IOException {
        BenchDocExporter exporter = new BenchDocExporter();
        ObjectWriter writer = BenchDocs.json().writer();
        long count = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CatalogContents.Cursor records = contents.records()) {
            for (LinkedRecord record = records.next(); record != null; record = records.next()) {
                w.write(writer.writeValueAsString(exporter.toDoc(record)));
                w.write('\n');
                count++;
            }
        }
        return count;
    }

    public BenchDoc toDoc(LinkedRecord linked) {
        return switch (linked.record()) {
            case Film f -> film(f);
            case Person p -> person(p, linked.fame());
            case Review r -> ofFilm(r.type().label(), r.id(), join(r.headline(), r.body()), r.language().code(),
                    names(r.author()), r.filmId(), r.filmTitle(), linked.film());
            case Quote q -> ofFilm(q.type().label(), q.id(), q.text(), q.language().code(), names(q.speaker()),
                    q.filmId(), q.filmTitle(), linked.film());
        };
    }

    private BenchDoc film(Film f) {
        List<String> names = new ArrayList<>();
        f.directors().forEach(c -> names.add(c.name()));
        f.writers().forEach(c -> names.add(c.name()));
        f.cast().forEach(c -> names.add(c.name()));
        List<String> characters = f.cast().stream().map(CastMember::character).filter(Objects::nonNull).toList();
        String text = join(f.plot(), String.join(" ", f.keywords()));
        return new BenchDoc("film/" + f.id(), "film", f.id(), f.title(), f.originalTitle(), names, characters, text,
                detector.detect(f.plot()).code(), f.genres(), f.directors().stream().map(Credit::name).toList(),
                f.year(), f.rating(), f.votes(), null, null);
    }

    private BenchDoc person(Person p, List<FilmFame> fame) {
        Long votes = null;
        for (FilmFame film : fame) {
            if (film != null && (votes == null || film.votes() > votes)) {
                votes = film.votes();
            }
        }
        String text = join(String.join(" ", p.professions()),
                String.join(" ", p.films().stream().map(PersonFilm::title).filter(Objects::nonNull).toList()));
        return new BenchDoc("person/" + p.id(), "person", p.id(), p.name(), null, List.of(p.name()), List.of(), text,
                "en", List.of(), List.of(), null, null, votes, null, null);
    }

    private BenchDoc ofFilm(String type, String id, String text, String language, List<String> names,
                            String filmId, String filmTitle, FilmSummary film) {
        return new BenchDoc(type + "/" + id, type, id, null, null, names, List.of(), text, language,
                film == null ? List.of() : film.genres(), film == null ? List.of() : film.directors(),
                film == null ? null : film.year(), film == null ? null : film.rating(),
                film == null ? null : film.votes(), filmId, filmTitle);
    }

    private static List<String> names(String name) {
        return name == null ? List.of() : List.of(name);
    }

    private static String join(String... parts) {
        return String.join("\n", Stream.of(parts).filter(s -> s != null && !s.isBlank()).toList());
    }
}
