package org.houqin.assets.stocktake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One scan over the API, as the scan page posts it: the text a scanner or camera read (a room's or an asset's label,
 * a room code, an asset number), the room the team is in, and the answers to a question the last scan asked (how
 * many of a batch card, whether a card counted elsewhere is here).
 */
public class ScanForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    private String code;
    private Long roomId;
    private Integer counted;
    private boolean moveHere;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Integer getCounted() {
        return counted;
    }

    public void setCounted(Integer counted) {
        this.counted = counted;
    }

    public boolean isMoveHere() {
        return moveHere;
    }

    public void setMoveHere(boolean moveHere) {
        this.moveHere = moveHere;
    }
}
