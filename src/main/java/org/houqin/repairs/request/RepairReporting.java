package org.houqin.repairs.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.notifications.Notifications;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.RuleViolation;
import org.houqin.repairs.Priority;
import org.houqin.repairs.RepairDocuments;
import org.houqin.repairs.RepairReported;
import org.houqin.repairs.RepairableAssets;
import org.houqin.repairs.RepairsPermissions;
import org.houqin.repairs.category.CategoryService;
import org.houqin.repairs.settings.RepairSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes a repair request: from a signed-in user (the menu or a room's page), from a guest at a room's QR code when
 * the school allows it, or from a maintenance plan. Decides priority and due time, gives the number, keeps the
 * photos and tells the dispatchers, all in one transaction.
 */
@Service
public class RepairReporting {

    public static final int MAX_PHOTOS = 5;

    /** Who reports: a user, or a guest with a name, a phone and the address the form came from. */
    public record Reporter(Long userId, String name, String phone, Long departmentId, String guestAddress) {
    }

    /** A request a maintenance plan raises on its due date. */
    public record Planned(long planId, LocalDate dueOn, Long assigneeUserId) {
    }

    private final RepairStore requests;
    private final CategoryService categories;
    private final RepairSettings settings;
    private final PlacesApi places;
    private final OrganizationApi organization;
    private final DocumentNumbers numbers;
    private final Attachments attachments;
    private final AuditLog audit;
    private final Notifications notifications;
    private final IamApi iam;
    private final RepairAssetLookup assets;
    private final ApplicationEventPublisher events;
    private final SchoolClock clock;

    RepairReporting(RepairStore requests, CategoryService categories, RepairSettings settings, PlacesApi places,
                    OrganizationApi organization, DocumentNumbers numbers, Attachments attachments, AuditLog audit,
                    Notifications notifications, IamApi iam, RepairAssetLookup assets, ApplicationEventPublisher events,
                    SchoolClock clock) {
        this.requests = requests;
        this.categories = categories;
        this.settings = settings;
        this.places = places;
        this.organization = organization;
        this.numbers = numbers;
        this.attachments = attachments;
        this.audit = audit;
        this.notifications = notifications;
        this.iam = iam;
        this.assets = assets;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long report(long schoolId, Reporter reporter, ReportForm form, List<MultipartFile> photos) {
        return report(schoolId, reporter, form, photos, null);
    }

    /**
     * A signed-in user's report, which may name a fixed asset: kept only if {@code me} may see that asset, any other
     * asset id is ignored.
     */
    @Transactional
    public long report(long schoolId, CurrentUser me, Reporter reporter, ReportForm form, List<MultipartFile> photos) {
        RepairableAssets.Asset asset = assets.visible(me, form.getAssetId()).orElse(null);
        return report(schoolId, reporter, form, photos, null, asset);
    }

    @Transactional
    public long report(long schoolId, Reporter reporter, ReportForm form, List<MultipartFile> photos, Planned plan) {
        return report(schoolId, reporter, form, photos, plan, null);
    }

    /**
     * A request opened for something another module keeps, such as a hazard ({@code hazard:<id>:<number>}): it is
     * taken even for a room that is out of use, since it is the repair that puts the room back.
     */
    @Transactional
    public long reportFor(long schoolId, Reporter reporter, ReportForm form, String source) {
        return report(schoolId, reporter, form, List.of(), null, null, source);
    }

    /** The asset a signed-in user may name in a report, for the form. */
    @Transactional(readOnly = true)
    public Optional<RepairableAssets.Asset> asset(CurrentUser me, Long assetId) {
        return assets.visible(me, assetId);
    }

    private long report(long schoolId, Reporter reporter, ReportForm form, List<MultipartFile> photos, Planned plan,
                        RepairableAssets.Asset asset) {
        return report(schoolId, reporter, form, photos, plan, asset, null);
    }

    private long report(long schoolId, Reporter reporter, ReportForm form, List<MultipartFile> photos, Planned plan,
                        RepairableAssets.Asset asset, String source) {
        UUID key = Submissions.ofUser(form.getSubmissionKey(), reporter.userId());
        requests.lockSubmission(key);
        var earlier = requests.bySubmissionKey(schoolId, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<MultipartFile> chosen = photosOf(photos);
        Instant now = clock.now();
        if (reporter.guestAddress() != null) {
            checkGuestLimit(schoolId, reporter.guestAddress(), now);
        }
        // a plan keeps raising its work orders even if its category was switched off after it was saved
        CategoryService.Category category = categories.find(schoolId, form.getCategoryId())
                .filter(c -> c.active() || plan != null)
                .orElseThrow(() -> new RuleViolation("categoryId", "repair.category.unknown"));
        PlacesApi.RoomRef room = form.getRoomId() == null ? null : places.room(schoolId, form.getRoomId())
                .orElseThrow(() -> new RuleViolation("roomId", "repair.room.unknown"));
        if (room == null && form.getLocation() == null) {
            throw new RuleViolation("location", "repair.place.required");
        }
        if (room != null && source == null) {
            places.stopOf(schoolId, room.id()).ifPresent(stop -> {
                throw RuleViolation.of("repair.room.stopped", stop.reason());
            });
        }
        Priority priority = PriorityPolicy.of(form.isUrgent(), room != null && room.type().teaching(),
                category.teaching(), termRunning(schoolId, now));
        RepairSettings.Settings policy = settings.of(schoolId);
        Instant due = new DuePolicy(policy.urgentHours(), policy.teachingHours(), policy.normalHours()).dueAt(priority, now);
        String number = numbers.next(schoolId, RepairDocuments.REQUEST);
        long id = requests.insert(schoolId, new RepairStore.NewRequest(number, category.id(), form.getRoomId(),
                form.getLocation(), place(room, form.getLocation()), form.getDescription(), form.isUrgent(), priority,
                reporter.userId(), reporter.name(), reporter.phone(), reporter.departmentId(), reporter.guestAddress(),
                plan == null ? null : plan.planId(), plan == null ? null : plan.dueOn(), now, due,
                key, asset == null ? null : asset.id(), source));
        requests.record(schoolId, id, new Repair.Step("report", null, org.houqin.repairs.RepairStatus.NEW, null),
                reporter.userId(), reporter.name(), now);
        for (MultipartFile photo : chosen) {
            attachments.storePhoto(schoolId, "repair", id, "photos", photo);
        }
        audit.changedIn(schoolId, "repairs", "request", id, "REPORT", null,
                Map.of("number", number, "priority", priority, "category", category.name()));
        notifications.notify(schoolId, dispatchers(schoolId), "notification.repair.reported",
                List.of(number, place(room, form.getLocation())), "/repairs/" + id);
        if (asset != null) {
            events.publishEvent(new RepairReported(schoolId, id, number, asset.id(), form.getDescription(),
                    reporter.userId(), reporter.name()));
        }
        return id;
    }

    @Transactional(readOnly = true)
    public String number(long schoolId, long id) {
        return requests.find(schoolId, id).orElseThrow().number();
    }

    private void checkGuestLimit(long schoolId, String address, Instant now) {
        RepairSettings.Settings policy = settings.of(schoolId);
        if (!policy.guestReporting()) {
            throw RuleViolation.of("repair.guest.off");
        }
        requests.lockGuestAddress(address);
        if (requests.guestReportsSince(address, now.minus(Duration.ofHours(1))) >= policy.guestHourlyLimit()) {
            throw RuleViolation.of("repair.guest.tooMany");
        }
    }

    private boolean termRunning(long schoolId, Instant now) {
        LocalDate today = clock.dateOf(now);
        return organization.currentSemester(schoolId)
                .filter(s -> !today.isBefore(s.startsOn()) && !today.isAfter(s.endsOn())).isPresent();
    }

    private List<Long> dispatchers(long schoolId) {
        return iam.usersWithPermission(schoolId, RepairsPermissions.DISPATCH).stream().map(IamApi.UserRef::id).toList();
    }

    /** The photos actually chosen in a form (a file input sends an empty part when none is), at most {@value #MAX_PHOTOS}. */
    static List<MultipartFile> photosOf(List<MultipartFile> photos) {
        List<MultipartFile> chosen = photos == null ? List.of() : photos.stream().filter(p -> !p.isEmpty()).toList();
        if (chosen.size() > MAX_PHOTOS) {
            throw new RuleViolation("photos", "repair.photos.tooMany", MAX_PHOTOS);
        }
        return chosen;
    }

    static String place(PlacesApi.RoomRef room, String location) {
        if (room == null) {
            return location;
        }
        String label = room.code() + " " + room.name() + (location == null ? "" : " · " + location);
        return label.length() > 160 ? label.substring(0, 160) : label;
    }
}
