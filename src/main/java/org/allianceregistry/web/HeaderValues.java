package org.allianceregistry.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;

/**
 * A request header as content negotiation reads it: every field of that name, in order,
 * as one list.
 */
public final class HeaderValues {

    private HeaderValues() {
    }

    /**
     * The values of every field named {@code name}, joined as one list (RFC 9110 §5.3);
     * null when there is none.
     */
    public static @Nullable String allValues(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return null;
        }
        String first = values.nextElement();
        if (!values.hasMoreElements()) {
            return first;
        }
        StringBuilder joined = new StringBuilder(first);
        while (values.hasMoreElements()) {
            joined.append(", ").append(values.nextElement());
        }
        return joined.toString();
    }

}
