package dev.filmsearch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * Decodes a corpus file's bytes as UTF-8 or windows-1252 and counts its lines ({@code \n}) as it goes.
 * <ul>
 * <li>In UTF-8, a byte that is not part of a valid UTF-8 sequence is read as windows-1252 (a Latin-1 name pasted
 * into a UTF-8 file stays readable) and the line it is in goes to {@code badLine}, once per line; the rest of the
 * file stays UTF-8.</li>
 * <li>When the bytes stop part-way (a truncated {@code .gz}, a read error), every character before the break is
 * delivered first; the read after that throws a {@link BrokenTextException} naming the line the break is in.</li>
 * </ul>
 */
final class LenientTextReader extends Reader {
    private static final char[] WINDOWS_1252 = windows1252();

    private final InputStream in;
    private final String name;
    private final CharsetDecoder decoder;
    private final LongConsumer badLine;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private long newlines;
    private long lastBadLine;
    private boolean endOfInput;
    private boolean flushed;
    private IOException failure;

    LenientTextReader(InputStream in, String name, Charset charset, LongConsumer badLine) {
        this.in = in;
        this.name = name;
        this.badLine = badLine;
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        CodingErrorAction onError = utf8 ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        this.decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            if (flushed) {
                return out.position() > off ? out.position() - off : -1;
            }
            int start = bytes.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            countNewlines(start, bytes.position());
            if (result.isError()) {
                for (int i = 0; i < result.length() && out.hasRemaining(); i++) {
                    out.put(WINDOWS_1252[bytes.get() & 0xff]);
                    if (newlines + 1 != lastBadLine) {
                        lastBadLine = newlines + 1;
                        badLine.accept(lastBadLine);
                    }
                }
            } else if (result.isOverflow() || out.position() > off) {
                return out.position() - off;
            } else if (failure != null) {
                throw new BrokenTextException(name, newlines + 1, failure);
            } else if (endOfInput) {
                if (decoder.flush(out).isOverflow()) {
                    return out.position() - off;
                }
                flushed = true;
            } else {
                fill();
            }
        }
    }

    private void fill() {
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        } catch (IOException e) {
            failure = e;
        }
        bytes.flip();
    }

    private void countNewlines(int from, int to) {
        byte[] a = bytes.array();
        for (int i = from; i < to; i++) {
            if (a[i] == '\n') {
                newlines++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static char[] windows1252() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        // the five bytes windows-1252 leaves undefined decode to U+FFFD
        return new String(all, Charset.forName("windows-1252")).toCharArray();
    }
}
