package org.houqin.iam.token;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a new API token on 个人设置 › API 令牌. */
public class TokenForm {

    @NotBlank(message = "{token.name.invalid}")
    @Size(max = 64, message = "{token.name.invalid}")
    private String name;

    private boolean readOnly;

    private Set<String> modules = new LinkedHashSet<>();

    @NotNull(message = "{validation.required}")
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    public ApiTokens.NewToken toRequest() {
        return new ApiTokens.NewToken(name, readOnly, modules, expiresOn);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public boolean isReadOnly() { return readOnly; }
    public void setReadOnly(boolean readOnly) { this.readOnly = readOnly; }
    public Set<String> getModules() { return modules; }
    public void setModules(Set<String> modules) { this.modules = modules == null ? new LinkedHashSet<>() : modules; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
}
