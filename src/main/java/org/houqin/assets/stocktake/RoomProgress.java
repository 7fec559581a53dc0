package org.houqin.assets.stocktake;

/** A room of the campaign: what should be there and what the team made of it. */
public record RoomProgress(Long roomId, String roomName, long listed, long found, long foundElsewhere,
                           long missing, long arrivedHere, long extras, boolean finished) {

    public long open() {
        return listed - found - foundElsewhere - missing;
    }
}
