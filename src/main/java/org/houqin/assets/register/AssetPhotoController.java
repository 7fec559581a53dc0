package org.houqin.assets.register;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.audit.AuditLog;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A card's photos: uploaded by the keepers (JPEG, PNG or HEIC, checked by content like every photo), at most
 * {@value #MAX_PER_UPLOAD} at a time and {@value #MAX_PHOTOS} per card, kept like the card's history (no deletion),
 * shown to whoever may see the card.
 */
@Controller
@RequestMapping("/assets/{id}/photos")
class AssetPhotoController {

    static final String OWNER = "asset";
    static final int MAX_PHOTOS = 10;
    static final int MAX_PER_UPLOAD = 5;

    private final Assets assets;
    private final AssetHistory history;
    private final Attachments attachments;
    private final AuditLog audit;

    AssetPhotoController(Assets assets, AssetHistory history, Attachments attachments, AuditLog audit) {
        this.assets = assets;
        this.history = history;
        this.attachments = attachments;
        this.audit = audit;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:asset:write')")
    @Transactional
    public String upload(@PathVariable long id, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                         RedirectAttributes redirect, CurrentUser me) {
        long school = me.requireSchool();
        // locked, so two uploads at once cannot together pass the limit of the card
        if (!assets.lock(school, me, id).open()) {
            throw RuleViolation.of("asset.closed");
        }
        List<MultipartFile> chosen = photos == null ? List.of() : photos.stream().filter(p -> !p.isEmpty()).toList();
        try {
            if (chosen.isEmpty()) {
                throw new RuleViolation("photos", "assetPhoto.none");
            }
            if (chosen.size() > MAX_PER_UPLOAD) {
                throw new RuleViolation("photos", "assetPhoto.tooManyAtOnce", MAX_PER_UPLOAD);
            }
            if (attachments.of(school, OWNER, id).size() + chosen.size() > MAX_PHOTOS) {
                throw new RuleViolation("photos", "assetPhoto.tooMany", MAX_PHOTOS);
            }
            for (MultipartFile photo : chosen) {
                attachments.storePhoto(school, OWNER, id, "photos", photo);
            }
        } catch (RuleViolation violation) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            redirect.addFlashAttribute("photoError", violation.messageKey());
            redirect.addFlashAttribute("photoErrorArgs", violation.args());
            return "redirect:/assets/" + id + "#photos";
        }
        history.record(school, id, AssetHistory.Note.of(AssetHistory.Kind.UPDATE, null, "asset.history.photos",
                chosen.size()), AssetHistory.Actor.of(me));
        audit.changedIn(school, "assets", "asset", id, "UPDATE", null, Map.of("photos", chosen.size()));
        redirect.addFlashAttribute("flash", "assetPhoto.flash.uploaded");
        return "redirect:/assets/" + id + "#photos";
    }

    @GetMapping("/{fileId}")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    void file(@PathVariable long id, @PathVariable UUID fileId, @RequestParam(defaultValue = "false") boolean thumb,
              HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        assets.find(school, me, id).orElseThrow(() -> new NotFoundException("asset", id));
        Attachments.Attachment file = attachments.find(school, fileId)
                .filter(a -> a.ownerId() == id && OWNER.equals(a.ownerType()))
                .orElseThrow(() -> new NotFoundException("asset photo", fileId));
        attachments.serve(response, file, thumb);
    }
}
