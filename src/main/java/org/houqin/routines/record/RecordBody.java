package org.houqin.routines.record;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.platform.document.DocumentForm;
import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.records.FilledAnswer;

/**
 * A filled checklist over JSON: the template version read ({@code templateVersion}), each item's answer by its code,
 * and for an ad hoc record the template and the room. Photos and signatures come as data URLs.
 */
@Schema(name = "RoutineRecordBody")
public class RecordBody extends DocumentForm {

    /** One item's answer: a value, photos ({@code data:image/jpeg;base64,…}), a signature, photos kept. */
    @Schema(name = "RoutineAnswerBody")
    public record AnswerBody(String value, List<String> photos, String signature, List<UUID> keep) {
    }

    private Long templateId;
    private Long roomId;
    private int templateVersion;
    private Map<String, AnswerBody> answers = new LinkedHashMap<>();

    /** The answers for the service; a photo that is not a data URL is refused at its item. */
    Map<String, FilledAnswer> filled() {
        Map<String, FilledAnswer> filled = new LinkedHashMap<>();
        answers.forEach((code, a) -> {
            List<FilledAnswer.Upload> photos = new ArrayList<>();
            List<String> sent = a == null || a.photos() == null ? List.of() : a.photos();
            for (int i = 0; i < sent.size(); i++) {
                String dataUrl = sent.get(i);
                photos.add(new FilledAnswer.Upload("photo-" + (i + 1) + extension(dataUrl), bytes(code, dataUrl)));
            }
            filled.put(code, a == null ? FilledAnswer.of(null)
                    : new FilledAnswer(a.value(), photos, a.signature(), a.keep()));
        });
        return filled;
    }

    private static byte[] bytes(String code, String dataUrl) {
        int comma = dataUrl == null ? -1 : dataUrl.indexOf(";base64,");
        if (comma < 0 || !dataUrl.startsWith("data:image/")) {
            throw new RuleViolation("answers[" + code + "]", "file.notImage");
        }
        try {
            return Base64.getDecoder().decode(dataUrl.substring(comma + ";base64,".length()));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("answers[" + code + "]", "file.notImage");
        }
    }

    /** The file name's ending the picture's type calls for; the bytes decide the type. */
    private static String extension(String dataUrl) {
        if (dataUrl == null) {
            return "";
        }
        return dataUrl.startsWith("data:image/png") ? ".png"
                : dataUrl.startsWith("data:image/hei") ? ".heic" : ".jpg";
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public void setTemplateVersion(int templateVersion) {
        this.templateVersion = templateVersion;
    }

    public Map<String, AnswerBody> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, AnswerBody> answers) {
        this.answers = answers == null ? new LinkedHashMap<>() : answers;
    }
}
