package org.parkhall.web.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;

import org.parkhall.api.ErrorCode;
import org.parkhall.spi.Bilingual;

/**
 * Takes a request body as its bytes arrive (Servlet 3.1 non-blocking input), so a client that sends slowly holds
 * a connection but no thread. Exactly one outcome is reported — the whole body, or the refusal to answer — by
 * whichever event comes first; every later event is ignored, so the response is written once.
 */
public final class BodyReader implements ReadListener {

    /** Where the outcome goes; called once, on a container thread. */
    public interface Outcome {
        void body(byte[] body);

        void refused(ApiException refusal);
    }

    public static final ApiException TOO_LARGE = new ApiException(ErrorCode.TOO_LARGE,
            Bilingual.of("请求内容过大", "request body over 64 KiB"));
    static final ApiException UNREADABLE = new ApiException(ErrorCode.INVALID,
            Bilingual.of("请求内容不完整或无法读取", "the request body was incomplete or could not be read"));
    public static final ApiException TOO_SLOW = new ApiException(ErrorCode.TIMEOUT,
            Bilingual.of("请求内容发送超时", "the request body did not arrive in time"));

    private final ServletInputStream in;
    private final long limit;
    private final ApiException tooLarge;
    private final Outcome outcome;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[8192];
    private final AtomicBoolean settled = new AtomicBoolean();

    public BodyReader(ServletInputStream in, int limit, Outcome outcome) {
        this(in, limit, TOO_LARGE, outcome);
    }

    /** A reader refusing with {@code tooLarge} past {@code limit} bytes (a file's own limit and words). */
    public BodyReader(ServletInputStream in, long limit, ApiException tooLarge, Outcome outcome) {
        this.in = in;
        this.limit = limit;
        this.tooLarge = tooLarge;
        this.outcome = outcome;
    }

    @Override
    public void onDataAvailable() {
        try {
            while (!settled.get() && in.isReady()) {
                int count = in.read(buffer);
                if (count < 0) {
                    return; // the container calls onAllDataRead next
                }
                if (received.size() + count > limit) {
                    refuse(tooLarge);
                    return;
                }
                received.write(buffer, 0, count);
            }
        } catch (IOException | RuntimeException e) { // a broken chunk or a client gone: nothing to parse
            refuse(UNREADABLE);
        }
    }

    @Override
    public void onAllDataRead() {
        if (settled.compareAndSet(false, true)) {
            outcome.body(received.toByteArray());
        }
    }

    @Override
    public void onError(Throwable failure) {
        refuse(UNREADABLE);
    }

    /**
     * Claims the outcome for the deadline: true when the body had not come by then, so nothing else will answer
     * and the caller must refuse with {@link #TOO_SLOW}; false when it is already answered.
     */
    public boolean expire() {
        return settled.compareAndSet(false, true);
    }

    private void refuse(ApiException refusal) {
        if (settled.compareAndSet(false, true)) {
            outcome.refused(refusal);
        }
    }
}
