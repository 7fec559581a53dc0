package org.houqin.platform.api;

/**
 * A command body that carries the version its sender read. An API client may send the version in the body or as
 * {@code If-Match: "3"} ({@link IfMatch}); the header wins.
 */
public interface VersionedBody {

    int getVersion();

    void setVersion(int version);
}
