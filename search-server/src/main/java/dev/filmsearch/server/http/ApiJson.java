package dev.filmsearch.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.filmsearch.model.Language;
import java.io.IOException;

/**
 * The JSON of the API: records as objects with every field (null included, so a client sees the whole shape),
 * dates and instants as ISO-8601 strings, languages as their codes ("en", "es").
 */
public final class ApiJson {
    private ApiJson() {
    }

    public static ObjectMapper mapper() {
        SimpleModule codes = new SimpleModule("filmsearch-codes");
        codes.addSerializer(Language.class, new StdSerializer<>(Language.class) {
            @Override
            public void serialize(Language value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.code());
            }
        });
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(codes)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
