package org.allianceregistry.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Texts as the registry stores them: no control characters but tab and line breaks, and
 * no unpaired surrogate (which PostgreSQL would turn into {@code ?} and H2 would keep).
 * Refused with the field's name, whichever database is behind the service.
 */
final class PlainTextDeserializer extends StringDeserializer {

    static final String MESSAGE = "must not contain control characters or unpaired surrogates";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String text = super.deserialize(parser, context);
        if (text != null && !plain(text, true)) {
            throw new UnplainTextException(parser, text);
        }
        return text;
    }

    /** A text with a control character or an unpaired surrogate. */
    static final class UnplainTextException extends InvalidFormatException {

        UnplainTextException(JsonParser parser, String text) {
            super(parser, "text " + MESSAGE, text, String.class);
        }

    }

    /**
     * No C0 or C1 control character (but tab and line breaks where {@code lineBreaks})
     * and no unpaired surrogate.
     */
    static boolean plain(String text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\t' || c == '\n' || c == '\r';
            if ((c < 0x20 && !(lineBreaks && lineBreak)) || (c >= 0x7f && c < 0xa0)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

}
