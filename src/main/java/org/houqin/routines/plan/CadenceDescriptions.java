package org.houqin.routines.plan;

import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Collectors;

import org.houqin.platform.web.Texts;
import org.houqin.routines.schedule.Cadence;
import org.houqin.routines.schedule.CadenceTextException;
import org.houqin.routines.schedule.Meal;
import org.houqin.routines.schedule.PerMeal;
import org.springframework.stereotype.Component;

/** A stored cadence in the reader's words, for pages: {@code ${@routineCadences.describe(s.cadence())}}. */
@Component("routineCadences")
public class CadenceDescriptions {

    private final Texts texts;

    CadenceDescriptions(Texts texts) {
        this.texts = texts;
    }

    /** 每周星期五, 每月第一个上课日, 每餐（早餐、午餐）…; a text that no longer reads is shown as stored. */
    public String describe(String stored) {
        Cadence cadence;
        try {
            cadence = Cadence.parse(stored);
        } catch (CadenceTextException e) {
            return stored;
        }
        return describe(cadence);
    }

    public String describe(Cadence cadence) {
        if (cadence instanceof PerMeal perMeal) {
            return texts.get(cadence.messageKey(), perMeal.meals().stream().map(m -> texts.get(m.messageKey()))
                    .collect(Collectors.joining("、")));
        }
        List<Object> args = cadence.messageArguments().stream().map(this::argument).toList();
        return texts.get(cadence.messageKey(), args.toArray());
    }

    private Object argument(Object value) {
        if (value instanceof DayOfWeek day) {
            return texts.get("routine.dayOfWeek." + day.name());
        }
        if (value instanceof Meal meal) {
            return texts.get(meal.messageKey());
        }
        return String.valueOf(value);
    }
}
