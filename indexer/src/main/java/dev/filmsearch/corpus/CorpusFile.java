package dev.filmsearch.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One file of a corpus. {@code name} is its path relative to the corpus root, used in problem reports.
 * Files ending in {@code .gz} are decompressed; {@link #baseName()} drops that suffix.
 */
public record CorpusFile(Path path, String name) {

    private static final int SNIFF_BYTES = 1 << 16;

    /** The file name without a trailing ".gz", lower-cased: "title.basics.tsv.gz" → "title.basics.tsv". */
    public String baseName() {
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    public boolean gzipped() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The raw (decompressed) bytes as a stream. */
    public InputStream openStream() throws IOException {
        InputStream in = Files.newInputStream(path);
        return gzipped() ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /**
     * Opens the text, UTF-8 unless the first 64 KiB are not valid UTF-8, in which case the file is read as
     * windows-1252 (a superset of Latin-1 for printable text) — many older film data sets are Latin-1.
     * A UTF-8 byte order mark is skipped.
     */
    public BufferedReader openText() throws IOException {
        return new BufferedReader(new InputStreamReader(openStream(), charset()), 1 << 16);
    }

    /** The charset {@link #openText()} uses for this file. */
    public Charset charset() throws IOException {
        byte[] head;
        try (InputStream in = openStream()) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        return isUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    private static boolean isUtf8(byte[] head) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // a multi-byte sequence cut at the sniff boundary is not an error: drop up to 3 trailing bytes
        for (int cut = 0; cut <= Math.min(3, head.length); cut++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(head, 0, head.length - cut));
                return true;
            } catch (CharacterCodingException e) {
                if (head.length < SNIFF_BYTES) {
                    return false;
                }
            }
        }
        return false;
    }
}
