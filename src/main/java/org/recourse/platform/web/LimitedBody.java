package org.recourse.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recourse.platform.rest.BodyLimitExceeded;

/**
 * A request whose body can be read only up to a limit, whatever its framing: the stream counts the bytes as they are
 * read and throws {@link BodyLimitExceeded} at the first byte over, so a chunked body of any length is never read
 * beyond the limit (Content-Length is checked before, by {@link BodyLimitFilter}).
 *
 * <p>A form sent chunked is read here, within the limit, and its fields are then served from what was read: the
 * container would otherwise parse it from its own buffer, past any stream this wrapper could count.
 */
final class LimitedBody extends HttpServletRequestWrapper {

    private final long limit;
    private CountedStream stream;
    private BufferedReader reader;
    private byte[] form;
    private Replay replay;
    private Map<String, String[]> parameters;

    LimitedBody(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    boolean exceeded() {
        return stream != null && stream.exceeded();
    }

    /** Reads a whole form body now, within the limit; its fields are served from it from then on. */
    void readForm() throws IOException {
        form = getInputStream().readAllBytes();
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new CountedStream(super.getInputStream(), limit);
        }
        if (form != null) {
            if (replay == null) {
                replay = new Replay(form);
            }
            return replay;
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (form == null) {
            return super.getParameterMap();
        }
        if (parameters == null) {
            // The query string's fields first, then the body's, as the servlet specification orders them. Parsed at
            // first use, so the character encoding JSF sets before reading fields applies.
            Map<String, String[]> all = new LinkedHashMap<>(super.getParameterMap());
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            for (String pair : new String(form, StandardCharsets.ISO_8859_1).split("&")) {
                add(all, pair, charset);
            }
            parameters = Collections.unmodifiableMap(all);
        }
        return parameters;
    }

    private static void add(Map<String, String[]> all, String pair, Charset charset) {
        if (pair.isEmpty()) {
            return;
        }
        int equals = pair.indexOf('=');
        try {
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
            String[] before = all.get(name);
            String[] values = before == null ? new String[1] : java.util.Arrays.copyOf(before, before.length + 1);
            values[values.length - 1] = value;
            all.put(name, values);
        } catch (IllegalArgumentException malformed) {
            // A broken %-escape: the field is dropped, as the container drops it.
        }
    }

    /** A form body read already, given again to whoever asks for the stream. */
    private static final class Replay extends ServletInputStream {

        private final ByteArrayInputStream in;

        Replay(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("A form read already is not read asynchronously");
        }
    }
}
