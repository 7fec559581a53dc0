package org.houqin.notifications.settings;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** My notification settings: the address notifications are e-mailed to, and whether they are. */
public class EmailForm implements VersionedBody {

    // @Email alone accepts "name@host"; a school's readers have addresses with a domain.
    @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+", message = "{notification.settings.email.invalid}")
    @Size(max = 254, message = "{validation.tooLong}")
    private String email;

    private boolean emailEnabled = true;

    private int version;

    static EmailForm of(UserChannels.Row row) {
        EmailForm form = new EmailForm();
        form.email = row.email();
        form.emailEnabled = row.emailEnabled();
        form.version = row.version();
        return form;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.strip(); }
    public boolean isEmailEnabled() { return emailEnabled; }
    public void setEmailEnabled(boolean emailEnabled) { this.emailEnabled = emailEnabled; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
