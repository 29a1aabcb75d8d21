package dev.filmsearch.schema;

import dev.filmsearch.model.Alias;
import dev.filmsearch.model.EpisodeOf;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stored JSON of films: the IMDb-only fields appear only when set, so other sources' records keep their JSON. */
class RecordCodecTest {
    private final RecordCodec codec = new RecordCodec();

    @Test
    void a_film_without_title_type_aliases_or_series_is_stored_as_before_those_fields_existed() {
        Film film = Film.builder("Salvador Allende").year(2004).genre("Documentary").build();

        assertEquals("{\"id\":\"salvador-allende-2004\",\"title\":\"Salvador Allende\",\"year\":2004,"
                + "\"genres\":[\"Documentary\"],\"directors\":[],\"writers\":[],\"cast\":[],\"languages\":[],"
                + "\"countries\":[],\"keywords\":[],\"related\":[]}", codec.encode(film));
    }

    @Test
    void title_type_aliases_and_series_are_stored_and_read_back() {
        Film episode = Film.builder("Pilot").id("tt0959621").titleType("tvEpisode")
                .alias(new Alias("Piloto", "ES", "es", List.of(), List.of()))
                .alias(new Alias("Mario Puzo's Pilot", "US", null, List.of("alternative"), List.of("complete title")))
                .episodeOf(new EpisodeOf("tt0903747", "Breaking Bad", 1, 1)).build();

        String json = codec.encode(episode);

        assertEquals("{\"id\":\"tt0959621\",\"title\":\"Pilot\",\"genres\":[],\"directors\":[],\"writers\":[],"
                + "\"cast\":[],\"languages\":[],\"countries\":[],\"keywords\":[],\"related\":[],"
                + "\"titleType\":\"tvEpisode\",\"aliases\":[{\"title\":\"Piloto\",\"region\":\"ES\",\"language\":\"es\"},"
                + "{\"title\":\"Mario Puzo's Pilot\",\"region\":\"US\",\"types\":[\"alternative\"],"
                + "\"attributes\":[\"complete title\"]}],"
                + "\"episodeOf\":{\"seriesId\":\"tt0903747\",\"seriesTitle\":\"Breaking Bad\",\"season\":1,\"episode\":1}}",
                json);
        assertEquals(episode, codec.decode(RecordType.FILM, json));
    }

    @Test
    void a_film_stored_before_those_fields_existed_reads_back_with_no_aliases() {
        Film film = (Film) codec.decode(RecordType.FILM, "{\"id\":\"x\",\"title\":\"X\",\"genres\":[],"
                + "\"directors\":[],\"writers\":[],\"cast\":[],\"languages\":[],\"countries\":[],\"keywords\":[],"
                + "\"related\":[]}");

        assertEquals(List.of(), film.aliases());
        assertEquals(null, film.titleType());
    }
}
