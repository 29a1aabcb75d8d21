package dev.filmsearch.corpus;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One file of a corpus. {@code name} is its path relative to the corpus root, used in problem reports.
 * Files ending in {@code .gz} are decompressed; {@link #baseName()} drops that suffix. {@code meter}, when not
 * null, counts the bytes read through {@link #openStream()} and {@link #openText()} (not the charset sniff).
 */
public record CorpusFile(Path path, String name, ReadMeter meter) {
    public CorpusFile(Path path, String name) {
        this(path, name, null);
    }

    /** This file, with its reads counted by {@code meter}. */
    public CorpusFile metered(ReadMeter meter) {
        return new CorpusFile(path, name, meter);
    }

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
        return open(meter);
    }

    private InputStream open(ReadMeter counter) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (counter != null) {
            in = counter.count(in);
        }
        return gzipped() ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /**
     * Opens the text with {@link #charset()}, reporting nothing; see {@link #openText(RecordSink)}.
     */
    public BufferedReader openText() throws IOException {
        return openText(line -> { });
    }

    /**
     * Opens the text with {@link #charset()}. In a UTF-8 file, bytes that are not valid UTF-8 are read as
     * windows-1252 and each line holding some is reported to {@code problems} (the line is kept). When the bytes
     * stop decoding part-way (a truncated {@code .gz}), the text delivers every line before the break and then
     * throws a {@link BrokenTextException} for the line the break is in. A byte order mark is left in the text.
     */
    public BufferedReader openText(RecordSink problems) throws IOException {
        return openText(line -> problems.reject(Problem.ignoredValue(name, line, NOT_UTF8)));
    }

    private BufferedReader openText(LongConsumer badLine) throws IOException {
        Charset charset = charset();
        InputStream in;
        try {
            in = openStream();
        } catch (EOFException | ZipException e) {
            throw new BrokenTextException(name, 0, e);
        }
        return new BufferedReader(new LenientTextReader(in, name, charset, badLine), 1 << 16);
    }

    /** The reason reported for a line of a UTF-8 file with bytes that are not UTF-8. */
    public static final String NOT_UTF8 = "bytes that are not UTF-8 in this line, read as windows-1252";

    /**
     * The charset {@link #openText()} uses for this file: UTF-8 unless the first 64 KiB are clearly not (more than
     * one byte that is not UTF-8, and over four of them per valid multi-byte character), else windows-1252 (a
     * superset of Latin-1 for printable text): many older film data sets are Latin-1. As UTF-8 is read with a
     * windows-1252 fallback per byte, a file judged UTF-8 wrongly still reads right, with a problem per line.
     */
    public Charset charset() throws IOException {
        byte[] head = new byte[SNIFF_BYTES];
        int n = 0;
        try (InputStream in = open(null)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
        } catch (EOFException | ZipException e) {
            // a truncated or corrupt .gz: judge by what could be read; reading the text reports the break
        }
        return mostlyUtf8(ByteBuffer.wrap(head, 0, n)) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    private static boolean mostlyUtf8(ByteBuffer head) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(head.remaining());
        int invalid = 0;
        // a multi-byte sequence cut at the sniff boundary is not an error: decoding stops before it
        for (CoderResult r = decoder.decode(head, out, false); !r.isUnderflow(); r = decoder.decode(head, out, false)) {
            invalid += r.length();
            head.position(head.position() + r.length());
        }
        int multiByte = 0;
        for (int i = 0; i < out.position(); i++) {
            if (out.get(i) > 0x7f) {
                multiByte++;
            }
        }
        return invalid <= 1 || invalid <= 4 * multiByte;
    }
}
