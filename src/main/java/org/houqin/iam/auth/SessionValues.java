package org.houqin.iam.auth;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * How session attributes are turned into bytes and back: Java serialization, as Spring Session does, except that a
 * security context already read from the same bytes is not deserialised again. The bytes still come from the
 * database on every request, so whatever another node stored or removed applies at once; only the CPU of turning
 * the same bytes into the same objects is saved (ADR 0029). Each read gets a context of its own around the shared
 * authentication (nothing in Houqin changes an authentication once made), so signing out, which empties its context,
 * changes nothing for another request.
 */
final class SessionValues extends GenericConversionService {

    static final int CACHED_CONTEXTS = 1_000;

    private final DeserializingConverter deserializer;
    private final Map<ByteBuffer, SecurityContext> contexts = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ByteBuffer, SecurityContext> eldest) {
                    return size() > CACHED_CONTEXTS;
                }
            });

    SessionValues(ClassLoader classLoader) {
        this.deserializer = new DeserializingConverter(classLoader);
        addConverter(Object.class, byte[].class, new SerializingConverter());
        addConverter(byte[].class, Object.class, this::read);
    }

    private Object read(byte[] bytes) {
        ByteBuffer key = ByteBuffer.wrap(bytes);
        SecurityContext known = contexts.get(key);
        if (known != null) {
            return new SecurityContextImpl(known.getAuthentication());
        }
        Object value = deserializer.convert(bytes);
        if (value instanceof SecurityContext context && context.getAuthentication() != null) {
            contexts.put(key, new SecurityContextImpl(context.getAuthentication()));
        }
        return value;
    }
}
