package org.houqin.places.room;

import org.houqin.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Where a scanned room label lands: after sign-in, the room's page. */
@Controller
class QrEntryController {

    private final Rooms rooms;

    QrEntryController(Rooms rooms) {
        this.rooms = rooms;
    }

    @GetMapping("/q/{token}")
    @PreAuthorize("hasAuthority('places:room:read')")
    String open(@PathVariable String token) {
        if (!token.matches("[0-9a-f]{24}")) {
            throw new NotFoundException("room label", token);
        }
        long id = rooms.idByQrToken(token).orElseThrow(() -> new NotFoundException("room label", token));
        return "redirect:/places/rooms/" + id;
    }
}
