package org.houqin.platform.waiting;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 待办 over JSON: what waits for the caller, oldest first, as the page lists it (a phone app's badge and list). */
@RestController
@Tag(name = "Waiting", description = "我的待办")
class WaitingEndpoint {

    @Schema(name = "WaitingItem")
    record ItemJson(String kind, String kindLabel, String type, String number, String title, String from,
                    Instant since, String link) {
    }

    @Schema(name = "WaitingInbox")
    record InboxJson(List<ItemJson> items, long total, int listed) {
    }

    private final Waiting waiting;
    private final Texts texts;

    WaitingEndpoint(Waiting waiting, Texts texts) {
        this.waiting = waiting;
        this.texts = texts;
    }

    @GetMapping("/api/v1/waiting")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Everything waiting for the caller, oldest first; kind filters (an unknown kind lists all)")
    InboxJson list(@RequestParam(required = false) String kind, CurrentUser me) {
        Waiting.Inbox inbox = waiting.inbox(me, kind);
        return new InboxJson(inbox.items().stream().map(item -> new ItemJson(item.kind().code(),
                texts.get(item.kind().labelKey()), texts.get(item.typeKey()), item.number(), item.title(), item.from(),
                item.since(), item.link())).toList(), inbox.total(), inbox.listed());
    }
}
