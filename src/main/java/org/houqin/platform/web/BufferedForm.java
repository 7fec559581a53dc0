package org.houqin.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A form sent chunked, already read within its limit: the container would parse such a body itself, past any count,
 * so its fields are parsed here from the bytes read (after those of the query string, as the container orders them).
 */
class BufferedForm extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters;

    BufferedForm(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
        this.parameters = "POST".equals(request.getMethod()) ? parse(request, body) : request.getParameterMap();
    }

    private static Map<String, String[]> parse(HttpServletRequest request, byte[] body) {
        Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
        Charset charset = charset(request);
        for (String pair : new String(body, charset).split("&")) {
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
                if (!name.isEmpty()) {
                    all.merge(name, new String[] {value}, BufferedForm::joined);
                }
            } catch (IllegalArgumentException malformed) {
                // as the container does: a field that cannot be decoded is left out
            }
        }
        return Collections.unmodifiableMap(all);
    }

    private static String[] joined(String[] first, String[] more) {
        String[] both = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, both, first.length, more.length);
        return both;
    }

    private static Charset charset(HttpServletRequest request) {
        String encoding = request.getCharacterEncoding();
        return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
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
                throw new UnsupportedOperationException("a form read in full is not read asynchronously");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset(this)));
    }
}
