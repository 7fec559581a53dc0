package org.houqin.routines.record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.houqin.routines.records.FilledAnswer;
import org.houqin.support.Images;

/** The monthly fire check filled in: everything in order, signed; a test changes the items it is about. */
final class FireCheck {

    static final List<String> PASSING = List.of("extinguisher-place", "extinguisher-seal", "extinguisher-body",
            "extinguisher-dates", "hydrant-box", "hydrant-kit", "evacuation-route", "exits-unlocked",
            "emergency-light", "exit-signs", "fire-doors", "check-cards");

    private FireCheck() {
    }

    /** The answers as the service takes them. */
    static Map<String, FilledAnswer> allInOrder() {
        Map<String, FilledAnswer> answers = new LinkedHashMap<>();
        PASSING.forEach(code -> answers.put(code, FilledAnswer.of("PASS")));
        answers.put("extinguisher-count", FilledAnswer.of("3"));
        answers.put("extinguisher-pressure", FilledAnswer.of("绿区"));
        answers.put("inspector", FilledAnswer.of(null).signed(Images.signature()));
        return answers;
    }

    /** The same as the page posts it. */
    static Map<String, String> fields(int templateVersion, String submissionKey) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("templateVersion", String.valueOf(templateVersion));
        fields.put("submissionKey", submissionKey);
        PASSING.forEach(code -> fields.put("answers[" + code + "]", "PASS"));
        fields.put("answers[extinguisher-count]", "3");
        fields.put("answers[extinguisher-pressure]", "绿区");
        fields.put("signatures[inspector]", Images.signature());
        return fields;
    }
}
