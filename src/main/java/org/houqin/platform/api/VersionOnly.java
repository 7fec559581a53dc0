package org.houqin.platform.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of a command that needs nothing but the version read (withdraw, cancel, close): or send If-Match. */
@Schema(description = "The version read; may be sent as If-Match instead")
public class VersionOnly implements VersionedBody {

    private int version;

    public VersionOnly() {
    }

    @Override
    public int getVersion() {
        return version;
    }

    @Override
    public void setVersion(int version) {
        this.version = version;
    }
}
