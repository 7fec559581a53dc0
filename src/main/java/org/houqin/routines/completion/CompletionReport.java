package org.houqin.routines.completion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.time.SchoolClock;
import org.houqin.routines.schedule.Completion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 应做/已做/逾期/完成率 counted in SQL with the rules of {@link Completion}: a round with a record is done (late when
 * its record came after the grace), one without a record past its grace is missed, the rest are pending and stay out
 * of the rate.
 */
@Service
public class CompletionReport {

    /** One line: what it counts (a schedule, a person or a place) and its counts. */
    public record Line(Long id, String label, Completion completion) {

        public BigDecimal rate() {
            return completion.rate().orElse(null);
        }
    }

    /** The lines of a period, with their total. */
    public record Report(LocalDate from, LocalDate to, List<Line> lines, Completion total) {

        public BigDecimal totalRate() {
            return total.rate().orElse(null);
        }
    }

    record Counts(Long id, Long roleId, int done, int late, int missed, int pending) {

        Completion completion() {
            return new Completion(done + missed, done, late, missed, pending);
        }
    }

    private final CompletionStore store;
    private final OrganizationApi organization;
    private final IamApi iam;
    private final PlacesApi places;
    private final SchoolClock clock;

    CompletionReport(CompletionStore store, OrganizationApi organization, IamApi iam, PlacesApi places, SchoolClock clock) {
        this.store = store;
        this.organization = organization;
        this.iam = iam;
        this.places = places;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Report report(long schoolId, CompletionFilter filter) {
        LocalDate[] days = filter.days(clock.today(), organization.currentSemester(schoolId).orElse(null));
        List<Counts> counts = store.counts(schoolId, filter.getGroup(), filter.getSchedule(), days[0], days[1],
                clock.now());
        List<Line> lines = new ArrayList<>();
        Map<Long, String> labels = labels(schoolId, filter.getGroup(), counts);
        Map<Long, String> roles = iam.rolesWithIds(schoolId).stream()
                .collect(Collectors.toMap(IamApi.RoleWithId::id, IamApi.RoleWithId::name));
        int[] total = new int[4];
        for (Counts c : counts) {
            String label = c.id() != null ? labels.getOrDefault(c.id(), "#" + c.id())
                    : c.roleId() != null ? roles.getOrDefault(c.roleId(), "—") : null;
            lines.add(new Line(c.id(), label, c.completion()));
            total[0] += c.done();
            total[1] += c.late();
            total[2] += c.missed();
            total[3] += c.pending();
        }
        Completion sum = new Completion(total[0] + total[2], total[0], total[1], total[2], total[3]);
        return new Report(days[0], days[1], lines, sum);
    }

    /** The active and stopped schedules that have rounds, for the filter. */
    @Transactional(readOnly = true)
    public Map<Long, String> schedules(long schoolId) {
        return store.scheduleNames(schoolId);
    }

    private Map<Long, String> labels(long schoolId, CompletionFilter.Group group, List<Counts> counts) {
        return switch (group) {
            case SCHEDULE -> store.scheduleNames(schoolId);
            case PERSON -> iam.displayNames(counts.stream().map(Counts::id).filter(Objects::nonNull)
                    .toList());
            case PLACE -> places.rooms(schoolId).stream().collect(Collectors.toMap(PlacesApi.RoomRef::id,
                    r -> r.buildingName() + " " + r.code() + (r.name() != null ? " " + r.name() : "")));
        };
    }
}
