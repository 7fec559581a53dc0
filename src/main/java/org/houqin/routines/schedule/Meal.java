package org.houqin.routines.schedule;

/** The canteen's meals (餐次), in the order of the day: 早餐, 午餐, 晚餐. */
public enum Meal {
    BREAKFAST, LUNCH, DINNER;

    public String messageKey() {
        return "routine.meal." + name();
    }
}
