package org.houqin.organization.staff;

/** Personal numbers as lists and exports show them. */
public final class Masking {

    private Masking() {
    }

    /** 13812345678 → 138****5678; short numbers keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        if (phone.length() >= 7) {
            return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        }
        return "*".repeat(Math.max(0, phone.length() - 2)) + phone.substring(Math.max(0, phone.length() - 2));
    }
}
