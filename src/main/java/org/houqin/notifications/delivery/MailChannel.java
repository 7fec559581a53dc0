package org.houqin.notifications.delivery;

import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through the SMTP server of {@code spring.mail.*}. Spring Boot creates a mail sender only when
 * {@code spring.mail.host} is set; without one, e-mail is off and nothing is queued for it.
 */
@Component
class MailChannel {

    private final JavaMailSender sender;
    private final String from;

    @Autowired
    MailChannel(ObjectProvider<JavaMailSender> sender, NotificationsProperties properties, Environment environment) {
        this(sender.getIfAvailable(), properties.mailFrom() != null && !properties.mailFrom().isBlank()
                ? properties.mailFrom() : environment.getProperty("spring.mail.username"));
    }

    /** @param sender the mail sender, or {@code null} for e-mail off */
    MailChannel(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from == null || from.isBlank() ? null : from.strip();
    }

    boolean enabled() {
        return sender != null;
    }

    /** Empty when the SMTP server took the message, else a short reason (never a stack trace). */
    Optional<String> send(String to, String subject, String body) {
        if (sender == null) {
            return Optional.of("e-mail is not configured (spring.mail.host)");
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            if (from != null) {
                helper.setFrom(from);
            }
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
            sender.send(message);
            return Optional.empty();
        } catch (MailAuthenticationException e) {
            return Optional.of("SMTP login refused");
        } catch (MailSendException e) {
            return Optional.of("SMTP server refused or unreachable");
        } catch (MailException | MessagingException e) {
            return Optional.of("e-mail failed (" + e.getClass().getSimpleName() + ")");
        }
    }
}
