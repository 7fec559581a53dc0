package org.houqin.places;

import org.houqin.platform.web.Labelled;

/** What a room is used for. Repairs will give teaching rooms priority, so this is code, not a dictionary. */
public enum RoomType implements Labelled {
    CLASSROOM, OFFICE, LAB, SPECIAL_CLASSROOM, DORMITORY, CANTEEN, STOREROOM, SPORTS_GROUND, GREEN_SPACE, OTHER;

    /** Rooms where a fault stops teaching. */
    public boolean teaching() {
        return this == CLASSROOM || this == LAB || this == SPECIAL_CLASSROOM;
    }

    @Override
    public String messageKey() {
        return "roomType." + name();
    }
}
