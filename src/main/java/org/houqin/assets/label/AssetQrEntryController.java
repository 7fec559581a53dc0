package org.houqin.assets.label;

import org.houqin.assets.register.AssetRow;
import org.houqin.assets.register.Assets;
import org.houqin.platform.qr.QrTarget;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where a scanned asset label lands: the card's page, for a signed-in user whose scope covers the card. A visitor
 * is sent to sign in by the security chain (the path is not open) and comes back here afterwards; a card outside
 * the user's scope, or in another school, is not found. Unlike a room label there is no guest page for an asset, so
 * nothing about the token is looked up for someone not signed in.
 */
@Controller
class AssetQrEntryController {

    private final Assets assets;

    AssetQrEntryController(Assets assets) {
        this.assets = assets;
    }

    @GetMapping("/a/{token}")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String open(@PathVariable String token, CurrentUser me) {
        if (!QrTarget.isToken(token)) {
            throw new NotFoundException("asset label", token);
        }
        long school = me.requireSchool();
        long id = assets.idByQrToken(school, token).flatMap(found -> assets.find(school, me, found))
                .map(AssetRow::id).orElseThrow(() -> new NotFoundException("asset label", token));
        return "redirect:/assets/" + id;
    }
}
