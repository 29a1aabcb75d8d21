package dev.filmsearch.server.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Cuts off a client that sends its request body, or reads its answer, slower than {@code minBytesPerSecond}, after
 * a grace: moving {@code n} bytes may take {@link #allowedNanos(long) grace + n / rate}, counted from the first
 * read of the body or the first write of the answer.
 *
 * <p>Jetty's {@code MinimumDataRateHandler} allows {@code n / rate} alone. At 8 KiB/s that gives a 140-byte error
 * answer 17 ms from the moment its write is scheduled, and a collection pause or a busy core at that moment made
 * the server close the connection with the answer unsent. The grace covers the server's own stalls; a client that
 * does not read is still cut off once the grace and its answer's size at the minimum rate have passed.
 */
public final class DataRateHandler extends Handler.Wrapper {
    private final long minBytesPerSecond;
    private final long graceNanos;

    /** {@code minBytesPerSecond} 0 checks nothing. */
    public DataRateHandler(long minBytesPerSecond, Duration grace) {
        if (minBytesPerSecond < 0 || grace.isNegative()) {
            throw new IllegalArgumentException("the minimum data rate and its grace must not be negative, not "
                    + minBytesPerSecond + " and " + grace);
        }
        this.minBytesPerSecond = minBytesPerSecond;
        this.graceNanos = grace.toNanos();
    }

    /** How long moving {@code bytes} may take: the grace, plus the bytes at the minimum rate (saturating). */
    long allowedNanos(long bytes) {
        long atRate = bytes >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE
                : bytes * 1_000_000_000L / minBytesPerSecond;
        return atRate > Long.MAX_VALUE - graceNanos ? Long.MAX_VALUE : graceNanos + atRate;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (minBytesPerSecond == 0) {
            return super.handle(request, response, callback);
        }
        RateRequest rated = new RateRequest(request);
        return super.handle(rated, new RateResponse(rated, response), callback);
    }

    private TimeoutException tooSlow(String what) {
        return new TimeoutException(String.format(Locale.ROOT, "the client %s slower than %,d bytes/s", what,
                minBytesPerSecond));
    }

    private final class RateRequest extends Request.Wrapper {
        private long firstDemand;
        private long read;
        private volatile Content.Chunk failure;

        RateRequest(Request request) {
            super(request);
        }

        @Override
        public void demand(Runnable demandCallback) {
            long now = NanoTime.now();
            if (firstDemand == 0) {
                firstDemand = now == 0 ? 1 : now;
            } else if (read > 0 && NanoTime.elapsed(firstDemand, now) > allowedNanos(read)) {
                failure = Content.Chunk.from(tooSlow("sent its request body"));
            }
            if (failure != null) {
                demandCallback.run();
                return;
            }
            super.demand(demandCallback);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk failed = failure;
            if (failed != null) {
                return failed;
            }
            Content.Chunk chunk = super.read();
            if (chunk != null) {
                read += chunk.remaining();
            }
            return chunk;
        }
    }

    private final class RateResponse extends Response.Wrapper {
        private final RateRequest request;
        private long firstWrite;
        private long written;

        RateResponse(RateRequest request, Response response) {
            super(request, response);
            this.request = request;
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            long now = NanoTime.now();
            if (firstWrite == 0) {
                firstWrite = now == 0 ? 1 : now;
            }
            written += content == null ? 0 : content.remaining();
            long left = allowedNanos(written) - NanoTime.elapsed(firstWrite, now);
            if (left <= 0) {
                fail(callback);
                return;
            }
            AtomicBoolean done = new AtomicBoolean();
            Scheduler.Task deadline = getRequest().getComponents().getScheduler().schedule(() -> {
                if (done.compareAndSet(false, true)) {
                    fail(callback);
                }
            }, left, TimeUnit.NANOSECONDS);
            // the caller's invocation type kept: Jetty completes a non-blocking callback inline
            super.write(last, content, Callback.from(callback.getInvocationType(), () -> {
                if (done.compareAndSet(false, true)) {
                    deadline.cancel();
                    callback.succeeded();
                }
            }, x -> {
                if (done.compareAndSet(false, true)) {
                    deadline.cancel();
                    callback.failed(x);
                }
            }));
        }

        private void fail(Callback callback) {
            TimeoutException cause = tooSlow("read its answer");
            request.failure = Content.Chunk.from(cause);
            callback.failed(cause);
        }
    }
}
