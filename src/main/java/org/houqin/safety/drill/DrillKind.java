package org.houqin.safety.drill;

import org.houqin.platform.web.Labelled;

/** What a drill exercises. A fire or earthquake drill empties the buildings, so its evacuation time is recorded. */
public enum DrillKind implements Labelled {
    FIRE, EARTHQUAKE, STAMPEDE, DROWNING, FOOD_POISONING, VIOLENCE, OTHER;

    @Override
    public String messageKey() {
        return "drill.kind." + name();
    }

    /** 疏散演练: everyone leaves the buildings, and the time it took is the drill's main figure. */
    public boolean evacuation() {
        return this == FIRE || this == EARTHQUAKE;
    }
}
