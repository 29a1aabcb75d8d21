package dev.filmsearch.index;

import dev.filmsearch.model.RecordType;
import dev.filmsearch.schema.Schema;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a build records in the index commit (Lucene commit user data): when it was built, by which version and
 * schema, from which corpus, and how many records of each type it holds. The server's health route reads it back.
 * The schema version is the fingerprint of the schema's field descriptors ({@link Schema#FINGERPRINT}): an index
 * built with any other field, analysis or facet definitions has another one, and the server rebuilds it.
 */
public record IndexMetadata(Instant builtAt, String version, String schemaVersion, String corpus,
                            Map<RecordType, Integer> counts) {
    /** The schema version of indexes this filmsearch builds and reads: {@link Schema#FINGERPRINT}. */
    public static final String SCHEMA_VERSION = Schema.FINGERPRINT;

    /** The schema version of an index whose commit records none. */
    public static final String NO_SCHEMA_VERSION = "none";

    public IndexMetadata {
        counts = Map.copyOf(counts);
    }

    public Map<String, String> toUserData() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("builtAt", builtAt.toString());
        data.put("version", version);
        data.put("schemaVersion", schemaVersion);
        data.put("corpus", corpus);
        counts.forEach((type, n) -> data.put("count." + type.label(), Integer.toString(n)));
        return data;
    }

    public static IndexMetadata fromUserData(Map<String, String> data) {
        Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            counts.put(type, Integer.parseInt(data.getOrDefault("count." + type.label(), "0")));
        }
        String built = data.get("builtAt");
        return new IndexMetadata(built == null ? Instant.EPOCH : Instant.parse(built),
                data.getOrDefault("version", "unknown"),
                data.getOrDefault("schemaVersion", NO_SCHEMA_VERSION), data.getOrDefault("corpus", ""), counts);
    }

    /** The version of filmsearch in the jar manifest, or "dev" when run from classes. */
    public static String filmsearchVersion() {
        String v = IndexMetadata.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
