package dev.filmsearch.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * HTTP/1.1 over a plain socket, for requests an HTTP client library refuses to send: {@code %u} escapes, invented
 * methods, bad versions, over-long lines. Sends the bytes as given and reads one response (headers, and a body of
 * Content-Length bytes), with a read timeout.
 */
final class RawHttp {
    /** One response: status, headers (names lower-cased, last value wins) and body. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /** {@code METHOD target HTTP/1.1} with a Host header and {@code Connection: close}. */
    static Answer request(int port, String method, String target) {
        return send(port, method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    static Answer get(int port, String target) {
        return request(port, "GET", target);
    }

    /**
     * Sends {@code raw} as it is (ISO-8859-1 bytes) and reads the answer. The answer is read while the request is
     * still being written: a server may answer a request too large for it (414, 431) before reading all of it, and
     * then closes with bytes unread, so its side resets the connection; an answer not read by then can be lost.
     */
    static Answer send(int port, String raw) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            FutureTask<Answer> answer = new FutureTask<>(() -> read(socket.getInputStream(), raw.startsWith("HEAD ")));
            Thread reader = Thread.ofVirtual().name("raw-http-reader").start(answer);
            try {
                socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // the server answered and closed before it had read everything
            }
            try {
                return answer.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                        : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                reader.interrupt();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the answer", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer read(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the server closed the connection without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).strip().toLowerCase(Locale.ROOT), l.substring(colon + 1).strip());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if (!head && length != null) {
            byte[] bytes = in.readNBytes(Integer.parseInt(length));
            body.write(bytes);
        } else if (!head && "chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0;
                 size = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    /** Whether the server closes a connection that sent {@code raw} and nothing more, within the socket timeout. */
    static boolean closesAfter(int port, String raw, int timeoutMillis) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(timeoutMillis);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // an error answer may come before the close
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                String s = b.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }
}
