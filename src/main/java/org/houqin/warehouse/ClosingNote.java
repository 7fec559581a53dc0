package org.houqin.warehouse;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.platform.api.VersionedBody;

/**
 * The body of a command that ends a document with a reason (closing what is left of a requisition, ending a
 * distribution): the note and the version read, which may come as If-Match instead.
 */
@Schema(description = "A reason and the version read; the version may be sent as If-Match instead")
public class ClosingNote implements VersionedBody {

    private int version;
    private String note;

    @Override
    public int getVersion() {
        return version;
    }

    @Override
    public void setVersion(int version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
