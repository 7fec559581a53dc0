package org.houqin.places;

import java.util.Optional;

/**
 * What a room's QR label opens for someone who is not signed in, offered by another module (repairs: reporting
 * without an account, when the school allows it). With no such page the visitor is asked to sign in.
 */
public interface QrGuestPage {

    Optional<String> pathFor(long schoolId, String qrToken);
}
