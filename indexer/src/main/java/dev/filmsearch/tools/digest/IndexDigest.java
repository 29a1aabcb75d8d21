package dev.filmsearch.tools.digest;

import dev.filmsearch.schema.Fields;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * A fingerprint of an index generation's records: SHA-256 over every live document's type, id and stored record
 * JSON, in document order. Two builds with the same digest stored the same records in the same order, which is how
 * a change to the catalogue pipeline proves that it kept the merge rules, the ids and the document order.
 */
public final class IndexDigest {

    /** The digest, the number of documents per record type, and the documents in all. */
    public record Result(String sha256, Map<String, Long> perType, long documents) {
    }

    private IndexDigest() {
    }

    /**
     * Digests the index in {@code generation}; with a {@code listing}, writes one line per document,
     * {@code type<TAB>id<TAB>sha256 of its stored record}, in document order, for diffing two builds.
     */
    public static Result of(Path generation, Writer listing) throws IOException {
        MessageDigest all = sha256();
        MessageDigest one = sha256();
        HexFormat hex = HexFormat.of();
        Map<String, Long> perType = new TreeMap<>();
        long documents = 0;
        try (FSDirectory dir = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc);
                    String type = d.get(Fields.TYPE);
                    String id = d.get(Fields.ID);
                    byte[] source = String.valueOf(d.get(Fields.SOURCE)).getBytes(StandardCharsets.UTF_8);
                    for (byte[] part : new byte[][] {bytes(type), bytes(id), source}) {
                        all.update(part);
                        all.update((byte) 0);
                    }
                    perType.merge(type, 1L, Long::sum);
                    documents++;
                    if (listing != null) {
                        listing.write(type + "\t" + id + "\t" + hex.formatHex(one.digest(source)) + "\n");
                    }
                }
            }
        }
        return new Result(hex.formatHex(all.digest()), perType, documents);
    }

    private static byte[] bytes(String s) {
        return String.valueOf(s).getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
