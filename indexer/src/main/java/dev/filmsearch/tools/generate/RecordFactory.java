package dev.filmsearch.tools.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes generated records as JSON objects in our JSON Lines format. Film {@code k} is {@code tt} + (k + 1) on
 * seven digits, person {@code j} is {@code nm} + (j + 1); both are functions of their number, so credits, reviews
 * and quotes can name them without keeping them in memory. Low-numbered films are the famous ones: they get
 * the most votes and most of the reviews and quotes.
 */
final class RecordFactory {
    static final int LATEST_YEAR = 2025;
    private static final List<String> GENRES = List.of("Drama", "Comedy", "Thriller", "Action", "Romance", "Crime",
            "Horror", "Adventure", "Documentary", "Mystery", "Family", "Fantasy", "Science Fiction", "Animation",
            "Biography", "History", "War", "Music", "Western", "Sport");
    private static final WeightedTable GENRE_TABLE = WeightedTable.zipf(GENRES);
    private static final WeightedTable ENGLISH_COUNTRIES = WeightedTable.zipf(
            List.of("United States", "United Kingdom", "Canada", "Australia", "Ireland"));
    private static final WeightedTable SPANISH_COUNTRIES = WeightedTable.zipf(
            List.of("Spain", "Mexico", "Argentina", "Colombia", "Chile"));
    private static final WeightedTable PROFESSIONS = WeightedTable.zipf(
            List.of("actor", "actress", "writer", "director", "producer", "composer", "cinematographer"));

    private final long seed;
    private final Vocabulary vocabulary;
    private final RecordCounts counts;
    private final WeightedTable englishTitles;
    private final WeightedTable spanishTitles;

    RecordFactory(long seed, Vocabulary vocabulary, RecordCounts counts) {
        this.seed = seed;
        this.vocabulary = vocabulary;
        this.counts = counts;
        this.englishTitles = Vocabulary.titleWords(vocabulary.englishWords());
        this.spanishTitles = Vocabulary.titleWords(vocabulary.spanishWords());
    }

    /** What reviews and quotes need to know of a film: drawn first, so they are the same wherever it is asked. */
    record FilmHead(String id, String title, int year, boolean spanish) {
    }

    static String filmId(long k) {
        return "tt" + sevenDigits(k + 1);
    }

    static String personId(long j) {
        return "nm" + sevenDigits(j + 1);
    }

    FilmHead filmHead(long k, SplittableRandom random) {
        boolean spanish = random.nextInt(8) == 0;
        String title = TextMaker.title(random, spanish ? spanishTitles : englishTitles);
        int year = Math.max(1900, LATEST_YEAR - (int) Math.abs(random.nextGaussian() * 28));
        return new FilmHead(filmId(k), title, year, spanish);
    }

    FilmHead filmHead(long k) {
        return filmHead(k, Draws.of(seed, Draws.FILM, k));
    }

    String personName(long j) {
        SplittableRandom random = Draws.of(seed, Draws.PERSON, j);
        return vocabulary.firstNames().pick(random) + " " + vocabulary.lastNames().pick(random);
    }

    void film(long k, JsonGenerator json) throws IOException {
        SplittableRandom random = Draws.of(seed, Draws.FILM, k);
        FilmHead head = filmHead(k, random);
        WeightedTable words = head.spanish() ? vocabulary.spanishWords() : vocabulary.englishWords();
        json.writeStartObject();
        json.writeStringField("type", "film");
        json.writeStringField("id", head.id());
        json.writeStringField("title", head.title());
        json.writeNumberField("year", head.year());
        json.writeArrayFieldStart("genres");
        String firstGenre = GENRE_TABLE.pick(random);
        json.writeString(firstGenre);
        if (random.nextBoolean()) {
            String second = GENRE_TABLE.pick(random);
            if (!second.equals(firstGenre)) {
                json.writeString(second);
            }
        }
        json.writeEndArray();
        if (counts.people() > 0) {
            json.writeArrayFieldStart("directors");
            person(json, Draws.skewed(random, counts.people(), 2.0), null);
            json.writeEndArray();
            json.writeArrayFieldStart("cast");
            int castSize = 2 + random.nextInt(6);
            for (int i = 0; i < castSize; i++) {
                person(json, Draws.skewed(random, counts.people(), 2.5), vocabulary.firstNames().pick(random));
            }
            json.writeEndArray();
        }
        double famous = 1.0 / ((double) k / counts.films() + 0.001);
        long votes = Math.max(1, Math.round(Math.exp(3 + 1.3 * random.nextGaussian()) * famous));
        double rating = Math.clamp(6.3 + 1.1 * random.nextGaussian(), 1.0, 9.9);
        json.writeNumberField("rating", Math.round(rating * 10) / 10.0);
        json.writeNumberField("votes", votes);
        json.writeNumberField("runtimeMinutes", Math.clamp(Math.round(100 + 20 * random.nextGaussian()), 60, 240));
        json.writeArrayFieldStart("languages");
        json.writeString(head.spanish() ? "Spanish" : "English");
        json.writeEndArray();
        json.writeArrayFieldStart("countries");
        json.writeString((head.spanish() ? SPANISH_COUNTRIES : ENGLISH_COUNTRIES).pick(random));
        json.writeEndArray();
        json.writeStringField("plot", TextMaker.sentences(random, words, 1 + random.nextInt(4)));
        json.writeEndObject();
    }

    private void person(JsonGenerator json, long j, String character) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", personName(j));
        json.writeStringField("id", personId(j));
        if (character != null) {
            json.writeStringField("character", character);
        }
        json.writeEndObject();
    }

    void person(long j, JsonGenerator json) throws IOException {
        SplittableRandom random = Draws.of(seed, Draws.PERSON + 100, j);
        json.writeStartObject();
        json.writeStringField("type", "person");
        json.writeStringField("id", personId(j));
        json.writeStringField("name", personName(j));
        json.writeArrayFieldStart("professions");
        String first = PROFESSIONS.pick(random);
        json.writeString(first);
        String second = PROFESSIONS.pick(random);
        if (random.nextInt(3) == 0 && !second.equals(first)) {
            json.writeString(second);
        }
        json.writeEndArray();
        int born = 1900 + random.nextInt(106);
        json.writeNumberField("birthYear", born);
        if (born < 1960 && random.nextInt(3) > 0) {
            json.writeNumberField("deathYear", Math.min(LATEST_YEAR, born + 40 + random.nextInt(55)));
        }
        json.writeEndObject();
    }

    /** Writes review {@code i}; returns whether it is in Spanish (one in six is). */
    boolean review(long i, JsonGenerator json) throws IOException {
        SplittableRandom random = Draws.of(seed, Draws.REVIEW, i);
        FilmHead film = filmHead(Draws.skewed(random, counts.films(), 2.0));
        boolean spanish = random.nextInt(6) == 0;
        WeightedTable words = spanish ? vocabulary.spanishWords() : vocabulary.englishWords();
        json.writeStartObject();
        json.writeStringField("type", "review");
        json.writeStringField("id", "r-gen-" + i);
        json.writeStringField("filmId", film.id());
        json.writeStringField("filmTitle", film.title());
        json.writeNumberField("filmYear", film.year());
        json.writeStringField("headline", TextMaker.title(random, spanish ? spanishTitles : englishTitles));
        json.writeStringField("author", TextMaker.lowerSlug(vocabulary.firstNames().pick(random))
                + random.nextInt(100));
        int year = film.year() + random.nextInt(LATEST_YEAR - film.year() + 1);
        json.writeStringField("date", "%04d-%02d-%02d".formatted(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
        json.writeNumberField("rating", 1 + random.nextInt(10));
        int total = random.nextInt(40);
        json.writeStringField("helpful", (total == 0 ? 0 : random.nextInt(total + 1)) + " of " + total);
        json.writeStringField("body", TextMaker.paragraphs(random, words));
        json.writeStringField("language", spanish ? "es" : "en");
        json.writeEndObject();
        return spanish;
    }

    void quote(long i, JsonGenerator json) throws IOException {
        SplittableRandom random = Draws.of(seed, Draws.QUOTE, i);
        FilmHead film = filmHead(Draws.skewed(random, counts.films(), 2.0));
        json.writeStartObject();
        json.writeStringField("type", "quote");
        json.writeStringField("id", "q-gen-" + i);
        json.writeStringField("filmId", film.id());
        json.writeStringField("filmTitle", film.title());
        json.writeNumberField("filmYear", film.year());
        json.writeStringField("speaker", vocabulary.firstNames().pick(random));
        json.writeStringField("text", TextMaker.sentences(random,
                film.spanish() ? vocabulary.spanishWords() : vocabulary.englishWords(), 1 + random.nextInt(2)));
        json.writeStringField("language", film.spanish() ? "es" : "en");
        json.writeEndObject();
    }

    private static String sevenDigits(long number) {
        String digits = Long.toString(number);
        return digits.length() >= 7 ? digits : "0".repeat(7 - digits.length()) + digits;
    }
}
