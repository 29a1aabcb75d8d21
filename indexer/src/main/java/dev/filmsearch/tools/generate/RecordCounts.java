package dev.filmsearch.tools.generate;

/**
 * How many records of each type make up {@code N} records, in the proportions of a real catalogue: films 35%,
 * people 45%, quotes 3% (each rounded down), reviews the rest (about 17%).
 */
public record RecordCounts(long films, long people, long reviews, long quotes) {

    public static RecordCounts of(long records) {
        long films = records * 35 / 100;
        long people = records * 45 / 100;
        long quotes = records * 3 / 100;
        if (records > 0 && films == 0) {
            films = 1;
        }
        if (people == 0 && records - films > 0) {
            people = 1;
        }
        long reviews = records - films - people - quotes;
        return new RecordCounts(films, people, reviews, quotes);
    }

    public long total() {
        return films + people + reviews + quotes;
    }
}
