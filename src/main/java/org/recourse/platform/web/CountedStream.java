package org.recourse.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import org.recourse.platform.rest.BodyLimitExceeded;

/**
 * The container's body stream, counted: it throws {@link BodyLimitExceeded} at the first byte over the limit and never
 * asks the container for more than one byte past it.
 */
final class CountedStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;
    private boolean exceeded;

    CountedStream(ServletInputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        refuseIfOver();
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        refuseIfOver();
        int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws BodyLimitExceeded {
        read += n;
        refuseIfOver();
    }

    private void refuseIfOver() throws BodyLimitExceeded {
        if (read > limit) {
            exceeded = true;
            throw new BodyLimitExceeded(limit);
        }
    }

    @Override
    public boolean isFinished() {
        return exceeded || in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }

    boolean exceeded() {
        return exceeded;
    }
}
