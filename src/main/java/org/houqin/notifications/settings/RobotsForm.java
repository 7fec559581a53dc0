package org.houqin.notifications.settings;

import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** The school's group robots: a 企业微信 and a 钉钉 webhook URL, each with a switch. */
public class RobotsForm implements VersionedBody {

    @Size(max = 500, message = "{validation.tooLong}")
    private String wecomUrl;

    private boolean wecomEnabled;

    @Size(max = 500, message = "{validation.tooLong}")
    private String dingtalkUrl;

    private boolean dingtalkEnabled;

    private int version;

    static RobotsForm of(SchoolRobots.Row row) {
        RobotsForm form = new RobotsForm();
        form.wecomUrl = row.wecomUrl();
        form.wecomEnabled = row.wecomEnabled();
        form.dingtalkUrl = row.dingtalkUrl();
        form.dingtalkEnabled = row.dingtalkEnabled();
        form.version = row.version();
        return form;
    }

    public String getWecomUrl() { return wecomUrl; }
    public void setWecomUrl(String wecomUrl) { this.wecomUrl = blankToNull(wecomUrl); }
    public boolean isWecomEnabled() { return wecomEnabled; }
    public void setWecomEnabled(boolean wecomEnabled) { this.wecomEnabled = wecomEnabled; }
    public String getDingtalkUrl() { return dingtalkUrl; }
    public void setDingtalkUrl(String dingtalkUrl) { this.dingtalkUrl = blankToNull(dingtalkUrl); }
    public boolean isDingtalkEnabled() { return dingtalkEnabled; }
    public void setDingtalkEnabled(boolean dingtalkEnabled) { this.dingtalkEnabled = dingtalkEnabled; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
