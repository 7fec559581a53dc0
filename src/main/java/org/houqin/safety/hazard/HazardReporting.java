package org.houqin.safety.hazard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.notifications.Notifications;
import org.houqin.places.PlacesApi;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.settings.Settings;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.Message;
import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.RecordSubmitted;
import org.houqin.routines.checklist.HazardLevel;
import org.houqin.safety.SafetyPermissions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes a hazard: reported by a person (the menu, a room's page from its QR) or raised by a failed checklist item in
 * the same transaction as the record. Gives the number, keeps the photos, tells the office; a 重大 hazard stops its
 * room at once and starts the hours within which the education bureau is told.
 */
@Service
public class HazardReporting {

    public static final int MAX_PHOTOS = 5;

    /** What a new hazard says, whoever reported it. */
    record Found(Long roomId, String location, HazardLevel level, HazardCategory category, String description,
                 String source, Long reportedBy, String reportedByName) {
    }

    private final HazardStore store;
    private final PlacesApi places;
    private final DocumentNumbers numbers;
    private final DocumentHistory documents;
    private final Attachments attachments;
    private final AuditLog audit;
    private final Notifications notifications;
    private final IamApi iam;
    private final Settings settings;
    private final Submissions submissions;
    private final SchoolClock clock;

    HazardReporting(HazardStore store, PlacesApi places, DocumentNumbers numbers, DocumentHistory documents,
                    Attachments attachments, AuditLog audit, Notifications notifications, IamApi iam,
                    Settings settings, Submissions submissions, SchoolClock clock) {
        this.store = store;
        this.places = places;
        this.numbers = numbers;
        this.documents = documents;
        this.attachments = attachments;
        this.audit = audit;
        this.notifications = notifications;
        this.iam = iam;
        this.settings = settings;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** A person's report; the same submission key again answers the hazard the first one made. */
    @Transactional
    public long report(long schoolId, CurrentUser me, HazardForms.Report form) {
        List<MultipartFile> photos = photosOf(form.getPhotos());
        return submissions.once(schoolId, HazardDocuments.HAZARD, form.getSubmissionKey(), () -> {
            long id = create(schoolId, new Found(form.getRoomId(), form.getLocation(), form.getLevel(),
                    form.getCategory(), form.getDescription(), null, me.userId(), me.displayName()), me);
            for (MultipartFile photo : photos) {
                attachments.storePhoto(schoolId, "hazard", id, "photos", photo);
            }
            return id;
        });
    }

    /**
     * A submitted checklist record: one hazard per failed "hazard if failed" item, at the record's room, with a copy of
     * the item's photos as its own (the record's stay with the record).
     */
    @EventListener
    @Transactional
    public void on(RecordSubmitted record) {
        String name = iam.displayNames(List.of(record.submittedBy())).getOrDefault(record.submittedBy(), "—");
        for (RecordSubmitted.FailedItem item : record.hazards()) {
            String text = item.answer() == null || item.answer().isBlank() ? item.itemText()
                    : item.itemText() + "：" + item.answer();
            long id = create(record.schoolId(), new Found(record.roomId(),
                    record.roomId() == null ? record.templateName() : null, item.level(), HazardCategory.OTHER,
                    cut(record.templateName() + " · " + text, 1000),
                    cut("routine-record:" + record.recordId() + "/" + item.itemCode(), 200), record.submittedBy(),
                    name), null);
            item.photoIds().stream().limit(MAX_PHOTOS).forEach(photo -> attachments.find(record.schoolId(), photo)
                    .ifPresent(found -> attachments.storePhoto(record.schoolId(), "hazard", id, "photos",
                            found.fileName(), attachments.content(found))));
        }
    }

    /**
     * A hazard another part of the safety work found, such as a drill's problem: at a room, or else at a place named in
     * words, reported by the person acting, with its source ({@code drill:12/3}).
     */
    @Transactional
    public long raise(long schoolId, CurrentUser me, Long roomId, String location, HazardLevel level,
                      String description, String source) {
        return create(schoolId, new Found(roomId, roomId == null ? cut(location, 100) : null, level,
                HazardCategory.OTHER, cut(description, 1000), cut(source, 200), me.userId(), me.displayName()), me);
    }

    private long create(long schoolId, Found found, CurrentUser me) {
        PlacesApi.RoomRef room = found.roomId() == null ? null : places.room(schoolId, found.roomId())
                .orElseThrow(() -> new RuleViolation("roomId", "hazard.room.unknown"));
        if (room == null && found.location() == null) {
            throw new RuleViolation("location", "hazard.place.required");
        }
        Instant now = clock.now();
        Instant bureauDue = found.level() == HazardLevel.SEVERE
                ? now.plus(Duration.ofHours(settings.get(schoolId, HazardSettingKeys.BUREAU_HOURS))) : null;
        String number = numbers.next(schoolId, HazardDocuments.HAZARD);
        String place = place(room, found.location());
        long id = store.insert(schoolId, new HazardStore.NewHazard(number, found.roomId(), found.location(), place,
                found.level(), found.category(), found.description(), found.source(), found.reportedBy(), found.reportedByName(), now, bureauDue));
        documents.created(schoolId, HazardDocuments.HAZARD, id, number, me);
        audit.changedIn(schoolId, "safety", "hazard", id, "REPORT", null, Map.of("number", number, "level",
                found.level().name(), "category", found.category().name(), "source", String.valueOf(found.source())));
        List<Long> office = users(schoolId, SafetyPermissions.HAZARD_MANAGE);
        notifications.notify(schoolId, office, found.level() == HazardLevel.SEVERE ? "hazard.notification.severe"
                : "hazard.notification.reported", List.of(number, place), HazardDocuments.HAZARD.link(id));
        if (found.level() == HazardLevel.SEVERE && room != null
                && places.stopRoom(schoolId, room.id(), cut(number + " " + found.description(), 200), now)) {
            documents.noted(schoolId, HazardDocuments.HAZARD, id, "ROOM",
                    Message.of("hazard.event.roomStopped", place), me);
        }
        return id;
    }

    private List<Long> users(long schoolId, String permission) {
        return iam.usersWithPermission(schoolId, permission).stream().map(IamApi.UserRef::id).toList();
    }

    static List<MultipartFile> photosOf(List<MultipartFile> photos) {
        List<MultipartFile> chosen = photos == null ? List.of() : photos.stream().filter(p -> !p.isEmpty()).toList();
        if (chosen.size() > MAX_PHOTOS) {
            throw new RuleViolation("photos", "hazard.photos.tooMany", MAX_PHOTOS);
        }
        return chosen;
    }

    static String place(PlacesApi.RoomRef room, String location) {
        if (room == null) {
            return location;
        }
        return cut(room.code() + " " + room.name() + (location == null ? "" : " · " + location), 200);
    }

    static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
