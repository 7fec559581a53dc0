package org.houqin.routines.checklist;

/** A failed item that says "hazard if failed": the item, the level it raises, and the answer with its photos. */
public record RaisedHazard(ChecklistItem item, HazardLevel level, Answer answer) {
}
