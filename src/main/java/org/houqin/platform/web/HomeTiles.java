package org.houqin.platform.web;

import java.util.List;

import org.houqin.platform.security.CurrentUser;

/** A module's figures on the home page, only those the user may open. */
public interface HomeTiles {

    record Tile(String labelKey, String value, String link) {
    }

    List<Tile> tilesFor(CurrentUser user);
}
