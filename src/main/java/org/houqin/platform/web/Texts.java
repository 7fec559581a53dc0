package org.houqin.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Messages in the current user's language, for the places outside templates: exports, file names, PDFs. */
@Component
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** A status's or a kind's text in the caller's language; none for none. */
    public String label(Labelled value) {
        return value == null ? null : get(value.messageKey());
    }
}
