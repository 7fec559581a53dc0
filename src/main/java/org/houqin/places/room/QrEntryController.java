package org.houqin.places.room;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.houqin.places.QrGuestPage;
import org.houqin.platform.qr.QrTarget;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where a scanned room label lands: the room's page for a signed-in user (also outside the rooms their data scope
 * lists: {@link ScannedRooms}); for a visitor, a guest page another module
 * offers (such as reporting a repair without an account), or else the sign-in page, which comes back here.
 */
@Controller
class QrEntryController {

    private final RoomService rooms;
    private final List<QrGuestPage> guestPages;

    QrEntryController(RoomService rooms, List<QrGuestPage> guestPages) {
        this.rooms = rooms;
        this.guestPages = guestPages;
    }

    @GetMapping("/q/{token}")
    @PreAuthorize("permitAll()")
    String open(@PathVariable String token, HttpSession session) {
        if (!QrTarget.isToken(token)) {
            throw new NotFoundException("room label", token);
        }
        Optional<CurrentUser> user = CurrentUser.find();
        if (user.isPresent()) {
            if (!user.get().can("places:room:read")) {
                throw new AccessDeniedException("places:room:read");
            }
            long id = rooms.idByQrToken(token).orElseThrow(() -> new NotFoundException("room label", token));
            ScannedRooms.add(session, id);
            return "redirect:/places/rooms/" + id;
        }
        RoomService.SchoolAndId room = SystemWork.call(() -> rooms.schoolAndIdByQrToken(token))
                .orElseThrow(() -> new NotFoundException("room label", token));
        return guestPages.stream().map(page -> SystemWork.call(() -> page.pathFor(room.schoolId(), token)))
                .flatMap(Optional::stream).findFirst().map(path -> "redirect:" + path)
                .orElseThrow(() -> new AccessDeniedException("sign in to open a room"));
    }
}
