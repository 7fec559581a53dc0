package org.houqin.safety.drill;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** 取消演练: why, with the version read. */
@Schema(name = "DrillCancelForm")
public class CancelForm implements VersionedBody {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String reason;
    private int version;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = DrillForm.clean(reason);
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
