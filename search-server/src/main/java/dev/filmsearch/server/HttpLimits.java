package dev.filmsearch.server;

import java.time.Duration;

/**
 * How much load the HTTP server takes before it sheds it, part of {@link ServerConfig}:
 * <ul>
 * <li>{@code maxThreads}: Jetty's thread pool, whose job queue holds at most {@code maxQueuedJobs} (a backstop:
 * the request and connection limits below keep it far from full);</li>
 * <li>{@code maxConnections}: open connections; past it the server stops accepting until some close;</li>
 * <li>{@code idleTimeout}: a connection that sends or reads nothing for this long is closed (slow clients);</li>
 * <li>{@code minDataRate}: bytes per second a client must at least read a response at (and send a body at);
 * an answer of up to {@code responseBufferBytes} is buffered whole and written in one go, so a client that does not
 * read it holds no thread and is cut off once {@link #DATA_RATE_GRACE} and the answer's size at this rate have
 * passed;</li>
 * <li>{@code maxConcurrentRequests}: requests whose handler runs at once (sending an answer does not count); up
 * to {@code maxQueuedRequests} more wait, each at most {@code maxQueueWait}, holding a thread; a request past that
 * is answered at once with a 503 and {@code Retry-After}. {@code maxThreads} must leave
 * {@value #RESERVED_THREADS} threads beyond both.</li>
 * <li>{@code maxRequestHeaderBytes}: the request line and headers; a longer one is a 414 or 431.</li>
 * </ul>
 */
public record HttpLimits(int maxThreads, int maxQueuedJobs, int maxConnections, Duration idleTimeout,
                         long minDataRate, int responseBufferBytes, int maxConcurrentRequests, int maxQueuedRequests,
                         Duration maxQueueWait, int maxRequestHeaderBytes) {
    /** Seconds a client is told to wait ({@code Retry-After}) when the server sheds its request. */
    public static final int RETRY_AFTER_SECONDS = 1;
    /** Threads kept beyond the request slots and waiters: Jetty's acceptor, selectors and answer writes. */
    public static final int RESERVED_THREADS = 8;
    /**
     * Time moving any body or answer may take beyond its size at {@code minDataRate}: it covers the server's own
     * stalls (a collection pause, a busy core), which the size alone gave a small answer no room for.
     */
    public static final Duration DATA_RATE_GRACE = Duration.ofSeconds(1);

    public HttpLimits {
        atLeast("maxThreads", maxThreads, 8);
        atLeast("maxQueuedJobs", maxQueuedJobs, 1);
        atLeast("maxConnections", maxConnections, 1);
        atLeast("maxConcurrentRequests", maxConcurrentRequests, 1);
        atLeast("maxQueuedRequests", maxQueuedRequests, 0);
        atLeast("maxRequestHeaderBytes", maxRequestHeaderBytes, 1024);
        atLeast("responseBufferBytes", responseBufferBytes, 4096);
        if (maxThreads < maxConcurrentRequests + maxQueuedRequests + RESERVED_THREADS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "maxThreads (%d) must be at least maxConcurrentRequests + maxQueuedRequests + %d (%d): waiting"
                            + " requests hold a thread each, and the server needs threads of its own",
                    maxThreads, RESERVED_THREADS, maxConcurrentRequests + maxQueuedRequests + RESERVED_THREADS));
        }
        if (minDataRate < 0) {
            throw new IllegalArgumentException("minDataRate must not be negative, not " + minDataRate);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, not " + idleTimeout);
        }
        if (maxQueueWait.isNegative()) {
            throw new IllegalArgumentException("maxQueueWait must not be negative, not " + maxQueueWait);
        }
    }

    /**
     * 64 threads with a queue of 1,024 jobs, 512 connections, 10 s idle timeout, 8 KiB/s minimum data rate,
     * answers of up to 128 KiB buffered whole, 16 requests at once with 32 more waiting at most 1 s, 16 KiB of
     * request line and headers.
     */
    public static HttpLimits defaults() {
        return new HttpLimits(64, 1024, 512, Duration.ofSeconds(10), 8 * 1024, 128 * 1024, 16, 32,
                Duration.ofSeconds(1), 16 * 1024);
    }

    public HttpLimits withConcurrency(int maxConcurrentRequests, int maxQueuedRequests, Duration maxQueueWait) {
        return new HttpLimits(maxThreads, maxQueuedJobs, maxConnections, idleTimeout, minDataRate,
                responseBufferBytes, maxConcurrentRequests, maxQueuedRequests, maxQueueWait, maxRequestHeaderBytes);
    }

    public HttpLimits withIdleTimeout(Duration idleTimeout) {
        return new HttpLimits(maxThreads, maxQueuedJobs, maxConnections, idleTimeout, minDataRate,
                responseBufferBytes, maxConcurrentRequests, maxQueuedRequests, maxQueueWait, maxRequestHeaderBytes);
    }

    public HttpLimits withMaxConnections(int maxConnections) {
        return new HttpLimits(maxThreads, maxQueuedJobs, maxConnections, idleTimeout, minDataRate,
                responseBufferBytes, maxConcurrentRequests, maxQueuedRequests, maxQueueWait, maxRequestHeaderBytes);
    }

    private static void atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", not " + value);
        }
    }
}
