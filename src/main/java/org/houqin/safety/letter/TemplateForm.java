package org.houqin.safety.letter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A letter template's new revision: its title and text, with the version it was read at. */
public class TemplateForm {

    @NotBlank
    @Size(max = 60)
    private String title;
    @NotBlank
    @Size(max = 20000)
    private String body;
    private int version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
