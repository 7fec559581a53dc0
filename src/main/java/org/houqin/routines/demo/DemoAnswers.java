package org.houqin.routines.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;

import org.houqin.platform.demo.DemoSignatures;
import org.houqin.platform.files.Attachments;
import org.houqin.routines.checklist.Answer;
import org.houqin.routines.checklist.ChecklistItem;
import org.houqin.routines.checklist.ChecklistTemplate;
import org.houqin.routines.checklist.ItemKind;
import org.houqin.routines.checklist.NumberLimits;
import org.houqin.routines.records.RoutineRecords;

/**
 * A checklist filled in the way the demo school's people fill it: nearly everything in order, now and then a failed
 * item (with a photo of it when it raises a hazard) or a reading out of its limits, and always signed.
 */
final class DemoAnswers {

    private static final double FAILS = 0.01;

    private final Attachments attachments;
    private final Random random;
    private final byte[] photo = photo();

    DemoAnswers(Attachments attachments, Random random) {
        this.attachments = attachments;
        this.random = random;
    }

    Map<String, Answer> fill(long school, long recordId, ChecklistTemplate template) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (ChecklistItem item : template.items()) {
            boolean fails = item.kind().canFail() && random.nextDouble() < FAILS;
            String value = switch (item.kind()) {
                case PASS_FAIL -> fails ? Answer.FAIL : Answer.PASS;
                case NUMBER -> number(item.limits(), fails);
                case CHOICE -> fails && !item.choices().failing().isEmpty() ? item.choices().failing().get(0)
                        : item.choices().options().stream().filter(o -> !item.choices().fails(o)).findFirst()
                        .orElseThrow();
                case TEXT -> item.required() ? "无异常" : null;
                case PHOTO, SIGNATURE -> null;
            };
            answers.put(item.code(), new Answer(value, files(school, recordId, item, fails)));
        }
        return answers;
    }

    private List<UUID> files(long school, long recordId, ChecklistItem item, boolean fails) {
        List<UUID> ids = new ArrayList<>();
        String field = "answers[" + item.code() + "]";
        boolean photographed = switch (item.kind()) {
            case PHOTO -> item.required();
            case SIGNATURE -> false;
            default -> fails && item.hazardIfFailed() != null;
        };
        if (photographed) {
            ids.add(attachments.storePhoto(school, RoutineRecords.OWNER, recordId, field, "现场照片.jpg", photo).id());
        }
        if (item.kind() == ItemKind.SIGNATURE) {
            ids.add(attachments.storeSignature(school, RoutineRecords.OWNER, recordId, field,
                    DemoSignatures.drawn((int) recordId)).id());
        }
        return ids;
    }

    private String number(NumberLimits limits, boolean fails) {
        BigDecimal min = limits.min();
        BigDecimal max = limits.max();
        if (fails && max != null) {
            return max.add(BigDecimal.ONE).toPlainString();
        }
        if (fails && min != null) {
            return min.subtract(BigDecimal.ONE).toPlainString();
        }
        BigDecimal low = min != null ? min : max != null ? max.subtract(BigDecimal.TEN) : BigDecimal.ONE;
        BigDecimal high = max != null ? max : low.add(BigDecimal.TEN);
        BigDecimal span = high.subtract(low);
        return low.add(span.multiply(BigDecimal.valueOf(random.nextInt(11))).divide(BigDecimal.TEN))
                .setScale(Math.max(0, low.scale()), java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** A plain picture, as a phone's photo of the place would stand in for. */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(190, 200, 205));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(200, 40, 40));
        g.fillOval(120, 80, 80, 80);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
