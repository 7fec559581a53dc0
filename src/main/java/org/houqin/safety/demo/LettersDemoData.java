package org.houqin.safety.demo;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.demo.DemoData;
import org.houqin.platform.demo.DemoSignatures;
import org.houqin.platform.security.CurrentUser;
import org.houqin.safety.letter.LetterIssue;
import org.houqin.safety.letter.LetterIssueForm;
import org.houqin.safety.letter.LetterLibrary;
import org.houqin.safety.letter.LetterRole;
import org.houqin.safety.letter.LetterTemplates;
import org.houqin.safety.letter.Letters;
import org.houqin.safety.rule.Rules;
import org.springframework.stereotype.Component;

/**
 * The demo school's letters and rules: the six library letters copied; for 2026-2027 the teachers' letter issued to
 * the teaching, office and service staff (6), the canteen's and the gate's to theirs (1 each); everyone has signed
 * except 杨佳怡 (the {@code teacher} account), and 张师傅 signed on paper, so 7 of 8 are collected (87.5 %). The three
 * default rules are in force, required reading for all staff, and some have read them.
 */
@Component
class LettersDemoData implements DemoData {

    static final String SCHOOL_YEAR = "2026-2027";

    private final OrganizationApi organization;
    private final IamApi iam;
    private final LetterTemplates templates;
    private final LetterIssue issue;
    private final Letters letters;
    private final Rules rules;

    LettersDemoData(OrganizationApi organization, IamApi iam, LetterTemplates templates, LetterIssue issue,
                    Letters letters, Rules rules) {
        this.organization = organization;
        this.iam = iam;
        this.templates = templates;
        this.issue = issue;
        this.letters = letters;
        this.rules = rules;
    }

    @Override
    public int order() {
        return 710;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        CurrentUser director = iam.actingAs(school, "director");
        for (LetterLibrary.Entry entry : templates.notCopied(school)) {
            templates.copy(school, director, entry.code());
        }
        issue(school, director, LetterRole.TEACHER,
                List.of("TEACHER", "DEPARTMENT_HEAD", "STOREKEEPER", "WORKER", "FINANCE"));
        issue(school, director, LetterRole.CANTEEN, List.of("CANTEEN_MANAGER"));
        issue(school, director, LetterRole.GUARD, List.of("GUARD"));
        for (String username : List.of("head", "leader", "storekeeper", "finance", "canteen", "guard")) {
            CurrentUser signer = iam.actingAs(school, username);
            letters.mine(school, signer).forEach(letter -> letters.sign(school, signer, letter,
                    DemoSignatures.drawn(username.hashCode())));
        }
        CurrentUser worker = iam.actingAs(school, "worker");
        byte[] scan = Base64.getDecoder().decode(DemoSignatures.drawn(7).substring("data:image/png;base64,".length()));
        letters.mine(school, worker).forEach(letter -> letters.receivePaper(school, director, letter,
                "责任书签字页.png", scan));
        rules(school, director);
    }

    private void issue(long school, CurrentUser director, LetterRole role, List<String> roles) {
        LetterIssueForm form = new LetterIssueForm();
        form.setTemplateId(templates.all(school).stream().filter(t -> t.role() == role).findFirst().orElseThrow().id());
        form.setSchoolYear(SCHOOL_YEAR);
        form.setRoles(roles);
        issue.issue(school, director, form);
    }

    private void rules(long school, CurrentUser director) {
        List<String> everyone = iam.roles(school).stream().map(IamApi.RoleRef::code)
                .filter(code -> !code.equals("ADMIN") && !code.equals("DISTRICT_ADMIN")).toList();
        rules.copyLibrary(school, director, everyone);
        Map<String, List<String>> readers = Map.of("director", List.of("校园安全管理规定", "校园安全紧急预案", "校园安全防火制度"),
                "vice", List.of("校园安全管理规定", "校园安全紧急预案", "校园安全防火制度"),
                "guard", List.of("校园安全管理规定", "校园安全防火制度"),
                "canteen", List.of("校园安全防火制度"),
                "head", List.of("校园安全管理规定"));
        var inForce = rules.inForce(school, new org.houqin.platform.web.ListQuery(null, null, null, 1, 100), null)
                .items();
        readers.forEach((username, titles) -> {
            CurrentUser reader = iam.actingAs(school, username);
            inForce.stream().filter(r -> titles.contains(r.title()))
                    .forEach(r -> rules.acknowledge(school, reader, r.id()));
        });
    }
}
