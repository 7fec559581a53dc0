package org.houqin.repairs;

import java.util.Optional;

import org.houqin.places.QrGuestPage;
import org.houqin.repairs.settings.RepairSettings;
import org.springframework.stereotype.Component;

/** A room's label opens the guest repair form for visitors, where the school switched guest reporting on. */
@Component
class RepairsGuestPage implements QrGuestPage {

    private final RepairSettings settings;

    RepairsGuestPage(RepairSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<String> pathFor(long schoolId, String qrToken) {
        return settings.of(schoolId).guestReporting() ? Optional.of("/r/" + qrToken) : Optional.empty();
    }
}
