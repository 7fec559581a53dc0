package org.houqin.warehouse.distribution;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.houqin.platform.api.VersionedBody;

/** What the forms about a class's list share: a quantity per line of the list, and the version they were read at. */
public abstract class ClassListForm implements VersionedBody {

    private int version;
    @Valid
    private List<ClassLineQuantity> lines = new ArrayList<>();

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<ClassLineQuantity> getLines() {
        return lines;
    }

    public void setLines(List<ClassLineQuantity> lines) {
        this.lines = lines;
    }
}
