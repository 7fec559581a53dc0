package org.houqin.routines.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.web.PlausibleDate;
import org.houqin.routines.schedule.DayRule;
import org.houqin.routines.schedule.Meal;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A schedule as its form gives it: the template, a name, the cadence picked by kind with that kind's parameters, the
 * time window (opens, due, days after, grace; per meal for a canteen), who does it, where, who is told when a round is
 * missed, and from when to when.
 */
public class ScheduleForm {

    @NotNull(message = "{validation.required}")
    private Long templateId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.tooLong}")
    private String name;

    @NotNull(message = "{validation.required}")
    private CadenceKind cadenceKind = CadenceKind.WEEKLY;
    private DayRule dayRule;
    private List<Meal> meals = new ArrayList<>();
    private DayOfWeek dayOfWeek;
    private Integer dayOfMonth;
    private List<Integer> months = new ArrayList<>();
    @Size(max = 80, message = "{validation.tooLong}")
    private String weeks;
    private Integer minDays;
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate onceOn;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime opensAt = LocalTime.of(8, 0);
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime dueAt = LocalTime.of(17, 0);
    @Min(value = 0, message = "{validation.range}")
    @Max(value = 31, message = "{validation.range}")
    private int dueAfterDays;
    @Min(value = 0, message = "{validation.range}")
    @Max(value = 10080, message = "{validation.range}")
    private int graceMinutes = 60;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime breakfastOpens;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime breakfastDue;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime lunchOpens;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime lunchDue;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime dinnerOpens;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime dinnerDue;

    @NotNull(message = "{validation.required}")
    private AssigneeKind assigneeKind = AssigneeKind.USER;
    private Long assigneeRoleId;
    private Long assigneeUserId;
    private Long supervisorUserId;
    private List<Long> roomIds = new ArrayList<>();

    @NotNull(message = "{validation.required}")
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    /** A meal's own opening and due time, or null when the meal uses the general window. */
    LocalTime[] mealTimes(Meal meal) {
        return switch (meal) {
            case BREAKFAST -> new LocalTime[] {breakfastOpens, breakfastDue};
            case LUNCH -> new LocalTime[] {lunchOpens, lunchDue};
            case DINNER -> new LocalTime[] {dinnerOpens, dinnerDue};
        };
    }

    void setMealTimes(Meal meal, LocalTime opens, LocalTime due) {
        switch (meal) {
            case BREAKFAST -> { breakfastOpens = opens; breakfastDue = due; }
            case LUNCH -> { lunchOpens = opens; lunchDue = due; }
            case DINNER -> { dinnerOpens = opens; dinnerDue = due; }
        }
    }

    public Long getTemplateId() { return templateId; }
    public void setTemplateId(Long templateId) { this.templateId = templateId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public CadenceKind getCadenceKind() { return cadenceKind; }
    public void setCadenceKind(CadenceKind cadenceKind) { this.cadenceKind = cadenceKind; }
    public DayRule getDayRule() { return dayRule; }
    public void setDayRule(DayRule dayRule) { this.dayRule = dayRule; }
    public List<Meal> getMeals() { return meals; }
    public void setMeals(List<Meal> meals) { this.meals = meals == null ? new ArrayList<>() : meals; }
    public DayOfWeek getDayOfWeek() { return dayOfWeek; }
    public void setDayOfWeek(DayOfWeek dayOfWeek) { this.dayOfWeek = dayOfWeek; }
    public Integer getDayOfMonth() { return dayOfMonth; }
    public void setDayOfMonth(Integer dayOfMonth) { this.dayOfMonth = dayOfMonth; }
    public List<Integer> getMonths() { return months; }
    public void setMonths(List<Integer> months) { this.months = months == null ? new ArrayList<>() : months; }
    public String getWeeks() { return weeks; }
    public void setWeeks(String weeks) { this.weeks = weeks; }
    public Integer getMinDays() { return minDays; }
    public void setMinDays(Integer minDays) { this.minDays = minDays; }
    public LocalDate getOnceOn() { return onceOn; }
    public void setOnceOn(LocalDate onceOn) { this.onceOn = onceOn; }
    public LocalTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalTime opensAt) { this.opensAt = opensAt; }
    public LocalTime getDueAt() { return dueAt; }
    public void setDueAt(LocalTime dueAt) { this.dueAt = dueAt; }
    public int getDueAfterDays() { return dueAfterDays; }
    public void setDueAfterDays(int dueAfterDays) { this.dueAfterDays = dueAfterDays; }
    public int getGraceMinutes() { return graceMinutes; }
    public void setGraceMinutes(int graceMinutes) { this.graceMinutes = graceMinutes; }
    public LocalTime getBreakfastOpens() { return breakfastOpens; }
    public void setBreakfastOpens(LocalTime t) { this.breakfastOpens = t; }
    public LocalTime getBreakfastDue() { return breakfastDue; }
    public void setBreakfastDue(LocalTime t) { this.breakfastDue = t; }
    public LocalTime getLunchOpens() { return lunchOpens; }
    public void setLunchOpens(LocalTime t) { this.lunchOpens = t; }
    public LocalTime getLunchDue() { return lunchDue; }
    public void setLunchDue(LocalTime t) { this.lunchDue = t; }
    public LocalTime getDinnerOpens() { return dinnerOpens; }
    public void setDinnerOpens(LocalTime t) { this.dinnerOpens = t; }
    public LocalTime getDinnerDue() { return dinnerDue; }
    public void setDinnerDue(LocalTime t) { this.dinnerDue = t; }
    public AssigneeKind getAssigneeKind() { return assigneeKind; }
    public void setAssigneeKind(AssigneeKind assigneeKind) { this.assigneeKind = assigneeKind; }
    public Long getAssigneeRoleId() { return assigneeRoleId; }
    public void setAssigneeRoleId(Long assigneeRoleId) { this.assigneeRoleId = assigneeRoleId; }
    public Long getAssigneeUserId() { return assigneeUserId; }
    public void setAssigneeUserId(Long assigneeUserId) { this.assigneeUserId = assigneeUserId; }
    public Long getSupervisorUserId() { return supervisorUserId; }
    public void setSupervisorUserId(Long supervisorUserId) { this.supervisorUserId = supervisorUserId; }
    public List<Long> getRoomIds() { return roomIds; }
    public void setRoomIds(List<Long> roomIds) { this.roomIds = roomIds == null ? new ArrayList<>() : roomIds; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
}
