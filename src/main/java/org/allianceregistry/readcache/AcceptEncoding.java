package org.allianceregistry.readcache;

import org.jspecify.annotations.Nullable;

/**
 * Whether a request's Accept-Encoding (RFC 9110 §12.5.3) lets the response be gzip-coded.
 * Read in one pass, without splitting: every cached read asks.
 */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    static boolean acceptsGzip(@Nullable String header) {
        if (header == null) {
            return false;
        }
        Boolean wildcard = null;
        int length = header.length();
        for (int start = 0; start < length;) {
            int end = header.indexOf(',', start);
            if (end < 0) {
                end = length;
            }
            int parameters = header.indexOf(';', start);
            if (parameters < 0 || parameters > end) {
                parameters = end;
            }
            int codingStart = skipSpace(header, start, parameters);
            int codingEnd = trimSpace(header, codingStart, parameters);
            boolean acceptable = quality(header, parameters, end) > 0;
            if (is(header, codingStart, codingEnd, "gzip") || is(header, codingStart, codingEnd, "x-gzip")) {
                return acceptable;
            }
            if (is(header, codingStart, codingEnd, "*")) {
                wildcard = acceptable;
            }
            start = end + 1;
        }
        return Boolean.TRUE.equals(wildcard);
    }

    private static boolean is(String header, int start, int end, String coding) {
        return end - start == coding.length() && header.regionMatches(true, start, coding, 0, coding.length());
    }

    /**
     * The q parameter among those from {@code start} (a ';') to {@code end}; 1 without
     * one.
     */
    private static double quality(String header, int start, int end) {
        for (int parameter = start; parameter < end;) {
            int next = header.indexOf(';', parameter + 1);
            if (next < 0 || next > end) {
                next = end;
            }
            int nameStart = skipSpace(header, parameter + 1, next);
            int valueEnd = trimSpace(header, nameStart, next);
            if (valueEnd - nameStart > 2 && (header.charAt(nameStart) == 'q' || header.charAt(nameStart) == 'Q')
                    && header.charAt(nameStart + 1) == '=') {
                try {
                    return Double.parseDouble(header.substring(nameStart + 2, valueEnd).trim());
                }
                catch (NumberFormatException unparseable) {
                    return 0;
                }
            }
            parameter = next;
        }
        return 1;
    }

    private static int skipSpace(String header, int start, int end) {
        while (start < end && header.charAt(start) <= ' ') {
            start++;
        }
        return start;
    }

    private static int trimSpace(String header, int start, int end) {
        while (end > start && header.charAt(end - 1) <= ' ') {
            end--;
        }
        return end;
    }

}
