package org.houqin.safety.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.web.PlausibleDate;

/** A new rule or plan with its first version, and the roles that must read it. */
public class RuleForm {

    @NotBlank
    @Size(max = 80)
    private String title;
    @NotNull
    private RuleKind kind = RuleKind.RULE;
    private List<String> requiredRoles = new ArrayList<>();
    @NotBlank
    @Size(max = 50000)
    private String body;
    @NotNull
    @PlausibleDate
    private LocalDate effectiveOn;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public RuleKind getKind() {
        return kind;
    }

    public void setKind(RuleKind kind) {
        this.kind = kind;
    }

    public List<String> getRequiredRoles() {
        return requiredRoles;
    }

    public void setRequiredRoles(List<String> requiredRoles) {
        this.requiredRoles = requiredRoles == null ? new ArrayList<>() : requiredRoles;
    }

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
}
