package org.houqin.safety.letter;

import java.time.Instant;
import java.util.Base64;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 安全责任书 over JSON: the letters one may see, one letter, signing one's own, and the office's paper copies. */
@RestController
@RequestMapping("/api/v1/safety/letters")
@Tag(name = "Safety letters", description = "安全责任书")
class LetterEndpoint {

    record LetterJson(long id, long batchId, String batchNumber, String title, LetterRole role, String roleLabel,
                      String schoolYear, long staffId, Long userId, String personName, Long departmentId,
                      LetterStatus status, String statusLabel, Instant signedAt, Long signedBy, int version) {
    }

    /** A finger signature: a PNG as a data URL. */
    record SignBody(@NotBlank String signature) {
    }

    /** The scan of a letter signed on paper: a JPEG, PNG or HEIC photo as a data URL, with its file's name. */
    record PaperBody(@NotBlank String scan, @Size(max = 200) String fileName) {
    }

    private final Letters letters;
    private final Texts texts;

    LetterEndpoint(Letters letters, Texts texts) {
        this.letters = letters;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('safety:letter:sign')")
    @Operation(summary = "List letters", description = "One's own letters, and those of the departments one's data "
            + "scope covers (the office: all). status = PENDING, SIGNED or PAPER; q searches the person, the letter's "
            + "title and the batch number; newest school year first; 20 per page.")
    ApiPage<LetterJson> list(CurrentUser me, @ModelAttribute ListQuery query,
                             @RequestParam(required = false) LetterStatus status) {
        return ApiPage.of(letters.page(me.requireSchool(), me, query, status), this::json);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('safety:letter:sign')")
    @Operation(summary = "One letter", description = "404 for a letter outside one's reach.")
    LetterJson get(CurrentUser me, @PathVariable long id) {
        return json(find(me, id));
    }

    @PostMapping("/{id}/sign")
    @PreAuthorize("hasAuthority('safety:letter:sign')")
    @Operation(summary = "Sign one's own letter", description = "Body: signature, a PNG as data:image/png;base64. "
            + "The server keeps its time and the signer; a letter signed or received already gets 409 "
            + "(letter.alreadyCollected), someone else's letter 409 (letter.sign.notYours), a missing signature 400.")
    LetterJson sign(CurrentUser me, @PathVariable long id, @Valid @RequestBody SignBody body) {
        long school = me.requireSchool();
        letters.sign(school, me, find(me, id), body.signature());
        return get(me, id);
    }

    @PostMapping("/{id}/paper")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    @Operation(summary = "Mark a paper copy received", description = "Body: scan, a photo of the signed paper as "
            + "data:image/jpeg;base64 (or png, heic), and fileName. A letter collected already gets 409.")
    LetterJson paper(CurrentUser me, @PathVariable long id, @Valid @RequestBody PaperBody body) {
        long school = me.requireSchool();
        letters.receivePaper(school, me, find(me, id), body.fileName() == null ? "scan" : body.fileName(),
                decode(body.scan()));
        return get(me, id);
    }

    private static byte[] decode(String dataUrl) {
        int comma = dataUrl.indexOf(',');
        if (!dataUrl.startsWith("data:") || comma < 0 || !dataUrl.substring(0, comma).endsWith(";base64")) {
            throw new RuleViolation("scan", "file.notImage");
        }
        try {
            return Base64.getDecoder().decode(dataUrl.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("scan", "file.notImage");
        }
    }

    private Letters.Row find(CurrentUser me, long id) {
        return letters.readable(me.requireSchool(), me, id).orElseThrow(() -> new NotFoundException("letter", id));
    }

    private LetterJson json(Letters.Row l) {
        return new LetterJson(l.id(), l.batchId(), l.batchNumber(), l.title(), l.role(), texts.label(l.role()),
                l.schoolYear(), l.staffId(), l.userId(), l.personName(), l.departmentId(), l.status(),
                texts.label(l.status()), l.signedAt(), l.signedBy(), l.version());
    }
}
