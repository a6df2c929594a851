package org.allianceregistry.page;

import org.springframework.context.MessageSource;

/** The page's words for what Java writes itself (the timelines' hover titles). */
final class Labels {

    private final MessageSource messages;

    private final PageLanguage lang;

    Labels(MessageSource messages, PageLanguage lang) {
        this.messages = messages;
        this.lang = lang;
    }

    String get(String code, Object... arguments) {
        return messages.getMessage(code, arguments, lang.language().locale());
    }

}
