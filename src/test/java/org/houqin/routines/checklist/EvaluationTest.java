package org.houqin.routines.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Answers at the field, judged against the template version they were filled from. */
class EvaluationTest {

    /** An attachment's id, the same for the same number. */
    private static UUID id(long n) {
        return new UUID(0, n);
    }

    private final ChecklistTemplate fire = TemplateLibrary.load().template("fire-monthly").orElseThrow();

    private final ChecklistTemplate canteen = new ChecklistTemplate("canteen-daily", "食堂晨检", "食品安全", 3, null,
            AppliesTo.roomTypes("CANTEEN"), List.of(
                    ChecklistItem.number("fridge", "冷藏设备温度", new NumberLimits(BigDecimal.ZERO, new BigDecimal("8"), "℃"))
                            .hazardIfFailed(HazardLevel.MAJOR),
                    ChecklistItem.choice("tidy", "后厨卫生", new Choices(List.of("好", "较好", "差"), List.of("差"))),
                    ChecklistItem.passFail("gas", "燃气阀门无泄漏").hazardIfFailed(HazardLevel.MAJOR),
                    ChecklistItem.of("sample-photo", "留样柜照片", ItemKind.PHOTO),
                    ChecklistItem.of("remarks", "其他问题", ItemKind.TEXT).optional(),
                    ChecklistItem.of("evidence", "现场照片", ItemKind.PHOTO).optional(),
                    ChecklistItem.of("inspector", "检查人签名", ItemKind.SIGNATURE)));

    private Map<String, Answer> canteenAllWell() {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("fridge", Answer.of("4.5"));
        answers.put("tidy", Answer.of("好"));
        answers.put("gas", Answer.of(Answer.PASS));
        answers.put("sample-photo", Answer.attachments(id(41)));
        answers.put("inspector", Answer.attachments(id(42)));
        return answers;
    }

    @Test
    void aCheckAllWellIsSubmittableWithNothingFlaggedAndNoHazard() {
        Evaluation evaluation = Evaluation.evaluate(canteen, canteenAllWell(), 3);

        assertThat(evaluation.submittable()).isTrue();
        assertThat(evaluation.flagged()).isEmpty();
        assertThat(evaluation.hazards()).isEmpty();
        assertThat(evaluation.result("fridge").orElseThrow().number()).isEqualByComparingTo("4.5");
    }

    @Test
    void optionalItemsMayBeLeftEmpty() {
        Evaluation evaluation = Evaluation.evaluate(canteen, canteenAllWell(), 3);

        assertThat(evaluation.result("remarks").orElseThrow().state()).isEqualTo(AnswerState.EMPTY);
        assertThat(evaluation.result("evidence").orElseThrow().state()).isEqualTo(AnswerState.EMPTY);
        assertThat(evaluation.errors()).isEmpty();
    }

    @Test
    void aNumberOutsideItsLimitsIsAcceptedButFlaggedAndRaisesTheItemsHazard() {
        Map<String, Answer> answers = canteenAllWell();
        answers.put("fridge", Answer.of("12"));

        Evaluation evaluation = Evaluation.evaluate(canteen, answers, 3);

        assertThat(evaluation.submittable()).isTrue();
        assertThat(evaluation.result("fridge").orElseThrow().state()).isEqualTo(AnswerState.OUT_OF_LIMITS);
        assertThat(evaluation.result("fridge").orElseThrow().number()).isEqualByComparingTo("12");
        assertThat(evaluation.flagged()).extracting(r -> r.item().code()).containsExactly("fridge");
        assertThat(evaluation.hazards()).singleElement()
                .satisfies(h -> assertThat(h.level()).isEqualTo(HazardLevel.MAJOR))
                .satisfies(h -> assertThat(h.answer().value()).isEqualTo("12"));
    }

    @Test
    void aNumberTypedWithFullWidthDigitsIsTheSameNumber() {
        Map<String, Answer> answers = canteenAllWell();
        answers.put("fridge", Answer.of("－３．５"));

        Evaluation evaluation = Evaluation.evaluate(canteen, answers, 3);

        assertThat(evaluation.result("fridge").orElseThrow().number()).isEqualByComparingTo("-3.5");
        assertThat(evaluation.result("fridge").orElseThrow().state()).isEqualTo(AnswerState.OUT_OF_LIMITS);
    }

    @Test
    void aNumberThatIsNotANumberIsAFieldError() {
        Map<String, Answer> answers = canteenAllWell();
        answers.put("fridge", Answer.of("四度"));

        Evaluation evaluation = Evaluation.evaluate(canteen, answers, 3);

        assertThat(evaluation.submittable()).isFalse();
        assertThat(evaluation.errors()).containsExactly(Map.entry("fridge", "routine.answer.notANumber"));
    }

    @Test
    void aRequiredPhotoMissingIsAFieldError() {
        Map<String, Answer> answers = canteenAllWell();
        answers.remove("sample-photo");

        Evaluation evaluation = Evaluation.evaluate(canteen, answers, 3);

        assertThat(evaluation.submittable()).isFalse();
        assertThat(evaluation.result("sample-photo").orElseThrow().state()).isEqualTo(AnswerState.MISSING);
        assertThat(evaluation.errors()).containsExactly(Map.entry("sample-photo", "routine.answer.photoRequired"));
    }

    @Test
    void aRequiredItemLeftBlankIsAFieldErrorAndAPhotoDoesNotAnswerIt() {
        Map<String, Answer> answers = canteenAllWell();
        answers.put("gas", Answer.of("  ").withPhotos(id(7)));
        answers.remove("inspector");

        Evaluation evaluation = Evaluation.evaluate(canteen, answers, 3);

        assertThat(evaluation.errors()).containsExactly(Map.entry("gas", "routine.answer.required"),
                Map.entry("inspector", "routine.answer.signatureRequired"));
    }

    @Test
    void anUnknownChoiceIsRefused() {
        Map<String, Answer> answers = canteenAllWell();
        answers.put("tidy", Answer.of("一般"));

        Evaluation evaluation = Evaluation.evaluate(canteen, answers, 3);

        assertThat(evaluation.result("tidy").orElseThrow().state()).isEqualTo(AnswerState.INVALID);
        assertThat(evaluation.errors()).containsExactly(Map.entry("tidy", "routine.answer.unknownChoice"));
    }

    @Test
    void aFailingChoiceWithoutAHazardIsFlaggedButRaisesNone() {
        Map<String, Answer> answers = canteenAllWell();
        answers.put("tidy", Answer.of("差"));

        Evaluation evaluation = Evaluation.evaluate(canteen, answers, 3);

        assertThat(evaluation.result("tidy").orElseThrow().state()).isEqualTo(AnswerState.FAILED);
        assertThat(evaluation.hazards()).isEmpty();
    }

    @Test
    void aPassFailAnswerIsPassOrFailAndNothingElse() {
        Map<String, Answer> answers = canteenAllWell();
        answers.put("gas", Answer.of("OK"));

        assertThat(Evaluation.evaluate(canteen, answers, 3).errors())
                .containsExactly(Map.entry("gas", "routine.answer.passOrFail"));
    }

    @Test
    void anAnswerToAnItemTheTemplateDoesNotHaveIsRefused() {
        Map<String, Answer> answers = canteenAllWell();
        answers.put("smoke-detector", Answer.of(Answer.PASS));

        assertThat(Evaluation.evaluate(canteen, answers, 3).errors())
                .containsExactly(Map.entry("smoke-detector", "routine.answer.unknownItem"));
    }

    @Test
    void aRedZoneExtinguisherRaisesAHazardOfTheItemsLevelWithItsPhoto() {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("extinguisher-pressure", Answer.of("红区").withPhotos(id(90)));

        Evaluation evaluation = Evaluation.evaluate(fire, answers, fire.version());

        ChecklistItem pressure = fire.item("extinguisher-pressure").orElseThrow();
        assertThat(evaluation.hazards()).singleElement().satisfies(h -> {
            assertThat(h.item()).isEqualTo(pressure);
            assertThat(h.level()).isEqualTo(pressure.hazardIfFailed());
            assertThat(h.answer().value()).isEqualTo("红区");
            assertThat(h.answer().attachmentIds()).containsExactly(id(90));
        });
    }

    @Test
    void aGreenZoneExtinguisherRaisesNoHazard() {
        Evaluation evaluation = Evaluation.evaluate(fire, Map.of("extinguisher-pressure", Answer.of("绿区")), 1);

        assertThat(evaluation.result("extinguisher-pressure").orElseThrow().state()).isEqualTo(AnswerState.OK);
        assertThat(evaluation.hazards()).isEmpty();
    }

    @Test
    void theTemplateChangedWhileTheRecordWasBeingFilledIn() {
        ChecklistTemplate revised = canteen.revised(canteen.items().subList(0, 3));

        Evaluation evaluation = Evaluation.evaluate(revised, canteenAllWell(), canteen.version());

        assertThat(revised.version()).isEqualTo(4);
        assertThat(evaluation.submittable()).isFalse();
        assertThat(evaluation.errors()).containsEntry(Evaluation.TEMPLATE, "routine.template.changed");
        assertThat(evaluation.templateVersion()).isEqualTo(4);
    }
}
