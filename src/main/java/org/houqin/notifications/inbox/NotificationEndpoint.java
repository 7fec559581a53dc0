package org.houqin.notifications.inbox;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications over JSON: the same inbox and mark-read as the 通知 page. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "通知")
class NotificationEndpoint {

    /** A notification: its text in the caller's language (Accept-Language), the key and arguments it comes from. */
    record NotificationJson(long id, String text, String messageKey, List<String> args, String link,
                            Instant createdAt, Instant readAt, boolean unread) {
    }

    /** One page of notifications in the API's envelope, with how many of all the caller's are unread. */
    @Schema(name = "NotificationPage")
    record InboxJson(List<NotificationJson> items, int page, int size, long total, boolean more, long unreadCount) {
    }

    /** How many of the caller's notifications are unread after a mark-read. */
    record ReadJson(int marked, long unreadCount) {
    }

    private final InboxService inbox;
    private final Texts texts;

    NotificationEndpoint(InboxService inbox, Texts texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "My notifications", description = "Newest first, pages of 20 (page); unread=true keeps the "
            + "unread ones only. unreadCount counts all my unread notifications, as the bell does.")
    InboxJson list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query,
                   @RequestParam(defaultValue = "false") boolean unread) {
        PageResult<InboxStore.Entry> page = inbox.page(me.userId(), query, unread);
        return new InboxJson(page.items().stream().map(this::json).toList(), page.page(), page.pageSize(),
                page.total(), page.hasNext(), inbox.unread(me.userId()));
    }

    @PostMapping("/{id}/read")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Mark one of my notifications read", description = "Reading it again changes nothing; "
            + "the id of someone else's notification gets 404.")
    ReadJson read(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        inbox.open(me.userId(), id).orElseThrow(() -> new NotFoundException("notification", id));
        return new ReadJson(1, inbox.unread(me.userId()));
    }

    @PostMapping("/read-all")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Mark all my notifications read", description = "marked says how many were unread.")
    ReadJson readAll(@Parameter(hidden = true) CurrentUser me) {
        return new ReadJson(inbox.readAll(me.userId()), inbox.unread(me.userId()));
    }

    private NotificationJson json(InboxStore.Entry entry) {
        return new NotificationJson(entry.id(), texts.get(entry.messageKey(), (Object[]) entry.args()),
                entry.messageKey(), Arrays.asList(entry.args()), entry.link(), entry.createdAt(), entry.readAt(),
                entry.unread());
    }
}
