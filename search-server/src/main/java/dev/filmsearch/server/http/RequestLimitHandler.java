package dev.filmsearch.server.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets at most {@code maxConcurrent} requests run their handler at once; up to {@code maxWaiting} more wait for a
 * slot, each at most {@code maxWait}; any other request, or one whose wait ran out, is answered at once with a 503
 * (written by the server's error handler, with {@code Retry-After}).
 *
 * <p>A slot is held while the handler runs, not while its answer is sent: answers are buffered whole and written
 * after the handler returns (see {@code HttpLimits.responseBufferBytes}), so a client that reads slowly, or not at
 * all, holds a connection and a buffer (both bounded, and cut off by the minimum data rate) but no slot and no
 * thread. Jetty's {@code QoSHandler} holds its slot until the answer is completely written, so a few hundred such
 * clients starved everyone else of slots. Waiting requests hold a thread each; {@code HttpLimits} keeps the thread
 * pool larger than the slots and waiters together.
 */
public final class RequestLimitHandler extends Handler.Wrapper {
    private final Semaphore slots;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int maxWaiting;
    private final long maxWaitNanos;

    public RequestLimitHandler(int maxConcurrent, int maxWaiting, Duration maxWait) {
        this.slots = new Semaphore(maxConcurrent, true);
        this.maxWaiting = maxWaiting;
        this.maxWaitNanos = maxWait.toNanos();
    }

    /** It may wait for a slot: never run it on a selector thread. */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!slots.tryAcquire() && !awaitSlot()) {
            Response.writeError(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503);
            return true;
        }
        try {
            return super.handle(request, response, callback);
        } finally {
            slots.release();
        }
    }

    /** Waits for a slot when fewer than {@code maxWaiting} requests wait already; false when none came in time. */
    private boolean awaitSlot() throws InterruptedException {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return slots.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }
}
