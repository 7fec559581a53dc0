package org.houqin.safety.rule;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;
import org.houqin.platform.web.PlausibleDate;

/** A rule's new version: the whole text, the day it takes effect, what changed; with the rule's version read. */
public class VersionForm implements VersionedBody {

    @NotBlank
    @Size(max = 50000)
    private String body;
    @NotNull
    @PlausibleDate
    private LocalDate effectiveOn;
    @Size(max = 200)
    private String note;
    private int version;

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
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
