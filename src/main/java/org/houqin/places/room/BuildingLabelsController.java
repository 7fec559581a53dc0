package org.houqin.places.room;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The A4 sheet of QR labels for every room of a building that the user can see. */
@Controller
class BuildingLabelsController {

    private final RoomService rooms;
    private final RoomLabels labels;

    BuildingLabelsController(RoomService rooms, RoomLabels labels) {
        this.rooms = rooms;
        this.labels = labels;
    }

    @GetMapping("/places/buildings/{id}/labels.pdf")
    @PreAuthorize("hasAuthority('places:room:read')")
    void labels(@PathVariable long id, CurrentUser me, HttpServletResponse response) throws IOException {
        List<RoomService.Row> inBuilding = rooms.all(me.requireSchool(), me.dataScope(), me.staffId(),
                new ListQuery(null, "code", "asc", 1), new RoomService.Filter(id, null));
        if (inBuilding.isEmpty()) {
            throw new NotFoundException("rooms of building", id);
        }
        Downloads.pdf(response, "labels-" + id + ".pdf");
        response.getOutputStream().write(labels.pdf(me.requireSchool(), inBuilding));
    }
}
