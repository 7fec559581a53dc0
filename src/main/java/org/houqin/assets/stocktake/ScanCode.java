package org.houqin.assets.stocktake;

import java.util.Optional;
import java.util.regex.Pattern;

import org.houqin.assets.AssetsApi;
import org.houqin.places.PlacesApi;

/**
 * What a scanned or typed code names: a room label ({@code …/q/<token>} or a room code such as {@code A-101}) or an
 * asset label ({@code …/a/<token>} or an asset number such as {@code ZC-2026-00001}). A handheld scanner types the
 * label's URL into the field; a phone camera gives the same text.
 */
public record ScanCode(Kind kind, String value) {

    public enum Kind { ROOM_TOKEN, ROOM_CODE, ASSET_TOKEN, ASSET_NUMBER, UNKNOWN }

    private static final Pattern ASSET_NUMBER = Pattern.compile("[A-Z]{2,8}-\\d{4}-\\d{5,}");
    private static final Pattern ROOM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    public static ScanCode parse(String text) {
        if (text == null || text.isBlank()) {
            return new ScanCode(Kind.UNKNOWN, "");
        }
        String code = text.strip();
        Optional<String> room = PlacesApi.ROOM_LABEL.tokenIn(code);
        if (room.isPresent()) {
            return new ScanCode(Kind.ROOM_TOKEN, room.get());
        }
        Optional<String> asset = AssetsApi.ASSET_LABEL.tokenIn(code);
        if (asset.isPresent()) {
            return new ScanCode(Kind.ASSET_TOKEN, asset.get());
        }
        String upper = code.toUpperCase();
        if (ASSET_NUMBER.matcher(upper).matches()) {
            return new ScanCode(Kind.ASSET_NUMBER, upper);
        }
        if (ROOM_CODE.matcher(code).matches()) {
            return new ScanCode(Kind.ROOM_CODE, upper);
        }
        return new ScanCode(Kind.UNKNOWN, code.length() > 60 ? code.substring(0, 60) : code);
    }
}
