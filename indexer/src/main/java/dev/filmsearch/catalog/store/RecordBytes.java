package dev.filmsearch.catalog.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Values of the store: any record or entry as Smile, Jackson's binary JSON, with the same mapping as the stored
 * JSON of the index (dates as ISO strings, nulls left out), so a value read back equals the value written.
 */
public final class RecordBytes<T> {
    private static final ObjectMapper SMILE = new ObjectMapper(new SmileFactory())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final Class<T> type;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    private RecordBytes(Class<T> type) {
        this.type = type;
        this.writer = SMILE.writerFor(type);
        this.reader = SMILE.readerFor(type);
    }

    public static <T> RecordBytes<T> of(Class<T> type) {
        return new RecordBytes<>(type);
    }

    public byte[] encode(T value) {
        try {
            return writer.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a " + type.getSimpleName(), e);
        }
    }

    public T decode(byte[] bytes) {
        try {
            return reader.readValue(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
