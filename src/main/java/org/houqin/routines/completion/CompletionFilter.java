package org.houqin.routines.completion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.web.Labelled;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the completion page counts: grouped by schedule, person or place, over a period, optionally one schedule. */
public class CompletionFilter {

    /** What one line of the table is. */
    public enum Group implements Labelled {
        SCHEDULE, PERSON, PLACE;

        @Override
        public String messageKey() {
            return "routine.completion.group." + name();
        }
    }

    /** The period counted: this week, this month, this semester, or the days chosen. */
    public enum Period implements Labelled {
        WEEK, MONTH, SEMESTER, CUSTOM;

        @Override
        public String messageKey() {
            return "routine.completion.period." + name();
        }
    }

    private Group group = Group.SCHEDULE;
    private Period period = Period.MONTH;
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private Long schedule;

    /** The first and last day counted; a custom period without both days, or the wrong way round, is this month. */
    LocalDate[] days(LocalDate today, OrganizationApi.SemesterRef semester) {
        return switch (period == null ? Period.MONTH : period) {
            case WEEK -> new LocalDate[] {today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))};
            case SEMESTER -> semester != null ? new LocalDate[] {semester.startsOn(), semester.endsOn()}
                    : month(today);
            case CUSTOM -> from != null && to != null && !to.isBefore(from) ? new LocalDate[] {from, to}
                    : month(today);
            case MONTH -> month(today);
        };
    }

    private static LocalDate[] month(LocalDate today) {
        return new LocalDate[] {today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth())};
    }

    public Group getGroup() { return group; }
    public void setGroup(Group group) { this.group = group == null ? Group.SCHEDULE : group; }
    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period == null ? Period.MONTH : period; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Long getSchedule() { return schedule; }
    public void setSchedule(Long schedule) { this.schedule = schedule; }
}
