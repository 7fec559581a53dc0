package org.houqin.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A body of unknown length (chunked) read through a count: whoever reads past the limit gets {@link TooLarge}
 * instead of more bytes, so no reader ever holds more than the limit.
 */
class CountedBody extends HttpServletRequestWrapper {

    /** The body passed its limit; carries the limit in bytes for the answer. */
    static final class TooLarge extends IOException {

        private final long limit;

        TooLarge(long limit) {
            super("Request body over " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }

        /** The TooLarge somewhere in a chain of causes, or null. */
        static TooLarge in(Throwable error) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (t instanceof TooLarge tooLarge) {
                    return tooLarge;
                }
            }
            return null;
        }
    }

    private final long limit;
    private ServletInputStream counted;
    private BufferedReader reader;

    CountedBody(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    /** Whether a reader went past the limit. */
    boolean exceeded() {
        return counted instanceof Counting counting && counting.count > limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (counted == null) {
            counted = new Counting(super.getInputStream(), limit);
        }
        return counted;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            counted(0);
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            counted(0);
            int read = in.read(buffer, offset, (int) Math.min(length, limit - count + 1));
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws TooLarge {
            count += bytes;
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
