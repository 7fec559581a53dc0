package org.houqin.routines.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.houqin.platform.document.DocumentForm;
import org.houqin.routines.checklist.ChecklistItem;
import org.houqin.routines.checklist.ChecklistTemplate;
import org.houqin.routines.checklist.ItemKind;
import org.houqin.routines.records.FilledAnswer;
import org.houqin.routines.records.StoredAnswers;
import org.springframework.web.multipart.MultipartFile;

/**
 * A checklist as filled on the page: the template version the page showed, each item's value by its code, each
 * signature item's drawing, and in a correction the photos of the corrected record that are kept. Photos come as
 * files named {@code photos[code]}.
 */
public class RecordForm extends DocumentForm {

    private int templateVersion;
    private Map<String, String> answers = new LinkedHashMap<>();
    private Map<String, String> signatures = new LinkedHashMap<>();
    private Map<String, String> kept = new LinkedHashMap<>();

    static RecordForm of(int templateVersion) {
        RecordForm form = new RecordForm();
        form.templateVersion = templateVersion;
        return form;
    }

    /** A correction's form: the earlier answers' values and photos; signatures are drawn again. */
    static RecordForm correcting(int templateVersion, ChecklistTemplate template,
                                 Map<String, StoredAnswers.Stored> earlier) {
        RecordForm form = of(templateVersion);
        for (ChecklistItem item : template.items()) {
            StoredAnswers.Stored answer = earlier.get(item.code());
            if (answer == null) {
                continue;
            }
            if (answer.value() != null) {
                form.answers.put(item.code(), answer.value());
            }
            if (item.kind() != ItemKind.SIGNATURE && !answer.attachments().isEmpty()) {
                form.kept.put(item.code(), String.join(",", answer.attachments().stream().map(UUID::toString)
                        .toList()));
            }
        }
        return form;
    }

    /** The answers for the service: each item of the template with what was typed, drawn, kept and uploaded. */
    Map<String, FilledAnswer> filled(ChecklistTemplate template, Map<String, List<MultipartFile>> photos) {
        Map<String, FilledAnswer> filled = new LinkedHashMap<>();
        for (ChecklistItem item : template.items()) {
            String code = item.code();
            List<FilledAnswer.Upload> uploads = new ArrayList<>();
            photos.getOrDefault("photos[" + code + "]", List.of()).stream().filter(f -> !f.isEmpty())
                    .forEach(f -> uploads.add(upload(f)));
            filled.put(code, new FilledAnswer(answers.get(code), uploads, signatures.get(code), keptOf(code)));
        }
        return filled;
    }

    public List<UUID> keptOf(String code) {
        String ids = kept.get(code);
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(ids.split(",")).map(String::strip).map(UUID::fromString).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static FilledAnswer.Upload upload(MultipartFile file) {
        try {
            return new FilledAnswer.Upload(file.getOriginalFilename(), file.getBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public void setTemplateVersion(int templateVersion) {
        this.templateVersion = templateVersion;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers == null ? new LinkedHashMap<>() : answers;
    }

    public Map<String, String> getSignatures() {
        return signatures;
    }

    public void setSignatures(Map<String, String> signatures) {
        this.signatures = signatures == null ? new LinkedHashMap<>() : signatures;
    }

    public Map<String, String> getKept() {
        return kept;
    }

    public void setKept(Map<String, String> kept) {
        this.kept = kept == null ? new LinkedHashMap<>() : kept;
    }
}
