package org.houqin.notifications.delivery;

import java.util.List;
import java.util.Locale;

import org.houqin.organization.OrganizationApi;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The words of an outgoing notification. The inbox shows each reader their own language; an e-mail or a group post
 * is written once, so it is in the school's language, Chinese.
 */
@Component
class DeliveryText {

    static final Locale SCHOOL_LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final int SUBJECT_LENGTH = 120;

    /** What one notification says: the e-mail subject and body, and the text of a robot post. */
    record Rendered(String subject, String mailBody, String robotText) {
    }

    private final MessageSource messages;
    private final OrganizationApi organization;
    private final String publicUrl;

    DeliveryText(MessageSource messages, OrganizationApi organization, Environment environment) {
        this.messages = messages;
        this.organization = organization;
        // Read raw rather than from HouqinProperties, whose default (localhost, fine for QR codes printed on the
        // same machine) would put a link into e-mails that opens nothing on the reader's computer.
        String url = environment.getProperty("houqin.public-url");
        this.publicUrl = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
    }

    Rendered render(long schoolId, String messageKey, List<String> args, String link) {
        String text = messages.getMessage(messageKey, args.toArray(), messageKey, SCHOOL_LANGUAGE);
        String school = organization.school(schoolId).map(OrganizationApi.SchoolRef::name).orElse("");
        String subject = text("notification.delivery.mailSubject", school, abbreviate(text.replaceAll("\\s+", " ")));
        String url = publicUrl == null || link == null ? null : publicUrl + link;
        String opens = url == null ? "" : text("notification.delivery.open", url);
        String mailBody = text + (url == null ? "" : "\n\n" + opens) + "\n\n-- \n" + text("notification.delivery.footer");
        String robotText = text("notification.delivery.robot", school, text) + (url == null ? "" : "\n" + opens);
        return new Rendered(subject, mailBody, robotText);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, SCHOOL_LANGUAGE);
    }

    private static String abbreviate(String text) {
        return text.length() <= SUBJECT_LENGTH ? text : text.substring(0, SUBJECT_LENGTH - 1) + "…";
    }
}
