package org.houqin.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 系统管理 → 数据备份: the last backups with their size and check, 立即备份, and each kept archive to download. */
@Controller
@RequestMapping("/admin/backups")
class BackupController {

    /** A run as a row of the page: its state now, and whether its archive is still there to download. */
    record Shown(BackupRun run, BackupRun.Status status, boolean kept) {
    }

    private final Backups backups;
    private final BackupAccess access;
    private final BackupProperties properties;

    BackupController(Backups backups, BackupAccess access, BackupProperties properties) {
        this.backups = backups;
        this.access = access;
        this.properties = properties;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('platform:backup:manage')")
    String page(CurrentUser me, Model model) {
        boolean manages = access.manages(me);
        Instant now = Instant.now();
        model.addAttribute("manages", manages);
        if (manages) {
            model.addAttribute("runs", backups.recent().stream().map(r -> new Shown(r, r.status(now), backups.kept(r)))
                    .toList());
            model.addAttribute("alert", backups.alert().orElse(null));
            model.addAttribute("folder", backups.folder().toString());
            model.addAttribute("keepDays", properties.keepDays());
            model.addAttribute("alertHours", properties.alertAfter().toHours());
        }
        return "admin/backups";
    }

    @PostMapping("/run")
    @PreAuthorize("hasAuthority('platform:backup:manage')")
    String run(CurrentUser me, RedirectAttributes redirect) {
        requireManager(me);
        if (backups.start(me)) {
            redirect.addFlashAttribute("flash", "backup.flash.started");
        } else {
            redirect.addFlashAttribute("flashError", "backup.flash.running");
        }
        return "redirect:/admin/backups";
    }

    @GetMapping("/{id}/download")
    @PreAuthorize("hasAuthority('platform:backup:manage')")
    void download(@PathVariable long id, CurrentUser me, HttpServletResponse response) throws IOException {
        requireManager(me);
        Path archive = backups.archive(id);
        Downloads.attachment(response, "application/zip", archive.getFileName().toString());
        response.setContentLengthLong(Files.size(archive));
        Files.copy(archive, response.getOutputStream());
    }

    private void requireManager(CurrentUser me) {
        if (!access.manages(me)) {
            throw new AccessDeniedException("a backup holds every school");
        }
    }
}
