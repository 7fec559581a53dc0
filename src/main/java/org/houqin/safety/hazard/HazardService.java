package org.houqin.safety.hazard;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.notifications.Notifications;
import org.houqin.places.PlacesApi;
import org.houqin.platform.db.Versioned;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.settings.Settings;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.Message;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.safety.SafetyPermissions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes the steps of a hazard's life: the office assigns it, the responsible person rectifies it, someone else
 * re-inspects it. Each step loads the hazard, checks who acts and that the page was not stale, lets {@link Hazard}
 * apply it, saves it with its version, writes the history and the audit row and tells the next person, in one
 * transaction. Closing the last open 重大 hazard of a room puts the room back into use.
 */
@Service
public class HazardService {

    private final HazardStore store;
    private final PlacesApi places;
    private final DocumentHistory documents;
    private final Attachments attachments;
    private final AuditLog audit;
    private final Notifications notifications;
    private final IamApi iam;
    private final Settings settings;
    private final SchoolClock clock;

    HazardService(HazardStore store, PlacesApi places, DocumentHistory documents, Attachments attachments,
                  AuditLog audit, Notifications notifications, IamApi iam, Settings settings, SchoolClock clock) {
        this.store = store;
        this.places = places;
        this.documents = documents;
        this.attachments = attachments;
        this.audit = audit;
        this.notifications = notifications;
        this.iam = iam;
        this.settings = settings;
        this.clock = clock;
    }

    /** 派发整改: a person of the school, due after the days the hazard's level allows (settings). */
    @Transactional
    public void assign(long school, CurrentUser me, long id, HazardForms.Step form) {
        require(me, SafetyPermissions.HAZARD_MANAGE);
        IamApi.UserRef person = iam.users(school).stream()
                .filter(u -> form.getAssigneeUserId() != null && u.id() == form.getAssigneeUserId()).findFirst()
                .orElseThrow(() -> new RuleViolation("assigneeUserId", "hazard.assignee.unknown"));
        apply(school, me, id, form.getVersion(), h -> h.assign(person.id(), person.displayName(),
                form.getRequiredMeasures(), allowed(school, h), clock.now()));
        HazardRow row = row(school, id);
        notifications.notify(school, List.of(person.id()), "hazard.notification.assigned",
                List.of(row.number(), row.place()), HazardDocuments.HAZARD.link(id));
    }

    /** 整改完成: by the responsible person (or the office for them), with the measures, the cost and photos after. */
    @Transactional
    public void rectify(long school, CurrentUser me, long id, HazardForms.Step form) {
        if (form.getMeasures() == null) {
            throw new RuleViolation("measures", "hazard.measures.required");
        }
        List<MultipartFile> photos = HazardReporting.photosOf(form.getPhotos());
        apply(school, me, id, form.getVersion(), h -> {
            if (!h.assignedTo(me.userId()) && !me.can(SafetyPermissions.HAZARD_MANAGE)) {
                throw RuleViolation.of("hazard.notYourRectification");
            }
            return h.rectify(me.userId(), me.displayName(), form.getMeasures(), form.getCost(), clock.now());
        });
        for (MultipartFile photo : photos) {
            attachments.storePhoto(school, "hazard-after", id, "photos", photo);
        }
        HazardRow row = row(school, id);
        notifications.notify(school, users(school, SafetyPermissions.HAZARD_RECHECK).stream()
                .filter(u -> u != me.userId()).toList(), "hazard.notification.rectified",
                List.of(row.number(), row.place()), HazardDocuments.HAZARD.link(id));
    }

    /** 复查: pass (销号) or send back with a reason, by someone who did not rectify it. */
    @Transactional
    public void recheck(long school, CurrentUser me, long id, HazardForms.Step form) {
        require(me, SafetyPermissions.HAZARD_RECHECK);
        if (!form.isPass() && form.getReason() == null) {
            throw new RuleViolation("reason", "hazard.reason.required");
        }
        apply(school, me, id, form.getVersion(), h -> form.isPass() ? h.pass(me.userId(), me.displayName(),
                clock.now()) : h.sendBack(me.userId(), me.displayName(), form.getReason()));
        HazardRow row = row(school, id);
        if (!form.isPass() && row.assigneeUserId() != null) {
            notifications.notify(school, List.of(row.assigneeUserId()), "hazard.notification.sentBack",
                    List.of(row.number(), row.place()), HazardDocuments.HAZARD.link(id));
        }
    }

    /** 重复: the office closes a hazard reported twice, with the reason (which names the other). */
    @Transactional
    public void duplicate(long school, CurrentUser me, long id, HazardForms.Step form) {
        require(me, SafetyPermissions.HAZARD_MANAGE);
        if (form.getReason() == null) {
            throw new RuleViolation("reason", "hazard.reason.required");
        }
        apply(school, me, id, form.getVersion(), h -> h.duplicate(form.getReason(), clock.now()));
    }

    /** 已报送教育局: who sent the 重大 hazard's report, and when. */
    @Transactional
    public void bureauSent(long school, CurrentUser me, long id, int version) {
        require(me, SafetyPermissions.HAZARD_MANAGE);
        HazardRow row = row(school, id);
        if (!row.bureauPending()) {
            throw RuleViolation.of("hazard.bureau.notPending");
        }
        Versioned.saved(store.bureauSent(school, id, version, me.userId(), me.displayName(), clock.now()), "hazard",
                id);
        documents.noted(school, HazardDocuments.HAZARD, id, "BUREAU", Message.of("hazard.event.bureauSent"), me);
        audit.changedIn(school, "safety", "hazard", id, "BUREAU_SENT", null, Map.of("sentAt", clock.now().toString()));
    }

    Hazard.Step apply(long school, CurrentUser me, long id, Integer version, Function<Hazard, Hazard.Step> action) {
        Hazard hazard = store.load(school, id).orElseThrow(() -> new NotFoundException("hazard", id));
        if (version != null && hazard.version != version) {
            throw new OptimisticLockingFailureException("hazard " + id + " changed");
        }
        HazardStatus from = hazard.status;
        Hazard.Step step = action.apply(hazard);
        Versioned.saved(store.save(school, hazard, from), "hazard", id);
        documents.stepped(school, HazardDocuments.HAZARD, id, HazardStatus.FLOW, step.flow(),
                me == null ? null : me.userId(), me == null ? null : me.displayName(), step.note());
        Map<String, Object> after = new HashMap<>();
        after.put("status", step.to().name());
        after.put("note", step.note());
        audit.changedIn(school, "safety", "hazard", id, step.action().toUpperCase(), Map.of("status", from.name()),
                after);
        if (!step.to().open()) {
            resumeRoom(school, me, row(school, id));
        }
        return step;
    }

    private void resumeRoom(long school, CurrentUser me, HazardRow row) {
        if (row.severe() && row.roomId() != null && store.otherOpenSevere(school, row.roomId(), row.id()) == 0
                && places.resumeRoom(school, row.roomId())) {
            documents.noted(school, HazardDocuments.HAZARD, row.id(), "ROOM",
                    Message.of("hazard.event.roomResumed", row.place()), me);
        }
    }

    private Duration allowed(long school, Hazard hazard) {
        return Duration.ofDays(settings.get(school, HazardSettingKeys.daysFor(hazard.level)));
    }

    HazardRow row(long school, long id) {
        return store.find(school, id).orElseThrow(() -> new NotFoundException("hazard", id));
    }

    List<Long> users(long school, String permission) {
        return iam.usersWithPermission(school, permission).stream().map(IamApi.UserRef::id).toList();
    }

    Instant now() {
        return clock.now();
    }

    private static void require(CurrentUser me, String permission) {
        if (!me.can(permission)) {
            throw new AccessDeniedException("needs " + permission);
        }
    }
}
