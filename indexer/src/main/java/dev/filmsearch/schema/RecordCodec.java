package dev.filmsearch.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;

/** Turns records into the JSON kept in the {@link Fields#SOURCE} stored field, and back. Dates are ISO strings. */
public final class RecordCodec {
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public String encode(CatalogRecord record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + record.type().label() + " " + record.id(), e);
        }
    }

    public CatalogRecord decode(RecordType type, String json) {
        Class<? extends CatalogRecord> cls = switch (type) {
            case FILM -> Film.class;
            case PERSON -> Person.class;
            case REVIEW -> Review.class;
            case QUOTE -> Quote.class;
        };
        try {
            return mapper.readValue(json, cls);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.label() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** The configured mapper, for callers that write records inside larger JSON documents. */
    public ObjectMapper mapper() {
        return mapper;
    }
}
