package org.houqin.repairs.request;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.NotFoundException;
import org.houqin.repairs.RepairsPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A request's photos and signatures, and its printed 维修单: only for those who may see the request. */
@Controller
@RequestMapping("/repairs/{id}")
class RepairFileController {

    static final Set<String> OWNER_TYPES = Set.of("repair", "repair-after", "repair-worker", "repair-reporter");

    private final RepairPage page;
    private final Attachments attachments;
    private final RepairPrint print;

    RepairFileController(RepairPage page, Attachments attachments, RepairPrint print) {
        this.page = page;
        this.attachments = attachments;
        this.print = print;
    }

    @GetMapping("/files/{fileId}")
    @PreAuthorize("hasAuthority('repairs:request:read')")
    void file(@PathVariable long id, @PathVariable UUID fileId, @RequestParam(defaultValue = "false") boolean thumb,
              CurrentUser me, HttpServletResponse response) throws IOException {
        page.visible(me, id);
        Attachments.Attachment file = attachments.find(me.requireSchool(), fileId)
                .filter(a -> a.ownerId() == id && OWNER_TYPES.contains(a.ownerType()))
                .orElseThrow(() -> new NotFoundException("repair file", fileId));
        attachments.serve(response, file, thumb);
    }

    @GetMapping("/print.pdf")
    @PreAuthorize("hasAuthority('repairs:request:read')")
    void pdf(@PathVariable long id, CurrentUser me, HttpServletResponse response) throws IOException {
        Repairs.Row row = page.visible(me, id);
        byte[] pdf = print.pdf(me.requireSchool(), row, me.can(RepairsPermissions.DISPATCH));
        Downloads.pdf(response, row.number() + ".pdf");
        response.getOutputStream().write(pdf);
    }
}
