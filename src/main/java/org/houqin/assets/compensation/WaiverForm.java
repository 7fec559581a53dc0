package org.houqin.assets.compensation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** 减免: why the office waives a case, with the version read. */
public class WaiverForm implements VersionedBody {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String reason;
    private int version;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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
