package org.allianceregistry.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rule for query parameters that take one of a fixed set of values ({@code kind},
 * {@code obligation}, {@code frozenPolicy}, {@code format}): a value is one of the
 * documented ones in any ASCII letter case ({@code kind=summit} is {@code SUMMIT}),
 * surrounding spaces ignored; nothing else matches (no other alphabet's look-alikes, such
 * as a dotless {@code ı} for {@code I}). An array parameter's values are sent repeated
 * ({@code kind=SUMMIT&kind=EXERCISE}) or comma-separated in one value
 * ({@code kind=SUMMIT,EXERCISE}), never empty. The OpenAPI description states the same by
 * a {@link #pattern pattern} (JSON Schema has no case-insensitive enum), so that server
 * and description accept the same values; existing clients that send another case keep
 * working.
 */
public final class EnumParameters {

    /** The description's extension that lists the values in their documented spelling. */
    public static final String VALUES_EXTENSION = "x-case-insensitive-enum";

    private EnumParameters() {
    }

    /**
     * The documented spelling of {@code value} among {@code allowed}, if it is one of
     * them in any ASCII case, surrounding spaces ignored.
     */
    public static Optional<String> match(String value, Collection<String> allowed) {
        String wanted = withoutSurroundingSpaces(value);
        return allowed.stream().filter(candidate -> equalsIgnoringAsciiCase(candidate, wanted)).findFirst();
    }

    /**
     * {@code value} as one of {@code type}'s constants, by {@link #match}.
     * @throws IllegalArgumentException if it is none of them
     */
    public static <E extends Enum<E>> E parse(String value, Class<E> type) {
        List<String> names = names(type);
        return match(value, names).map(name -> Enum.valueOf(type, name))
            .orElseThrow(() -> new IllegalArgumentException(
                    "'" + value + "' is none of " + String.join(", ", names) + " (in any case)"));
    }

    /** The constants' names of {@code type}, in declaration order. */
    public static List<String> names(Class<? extends Enum<?>> type) {
        Enum<?>[] constants = type.getEnumConstants();
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    /**
     * A regular expression (ECMA-262 and Java alike) that matches exactly what
     * {@link #match} accepts: one of {@code values} in any ASCII case, with surrounding
     * spaces, or, for a {@code list}, one or more of them separated by commas.
     */
    public static String pattern(Collection<String> values, boolean list) {
        String one = " *(?:" + values.stream().map(EnumParameters::anyCase).collect(Collectors.joining("|")) + ") *";
        return "^" + one + (list ? "(?:," + one + ")*" : "") + "$";
    }

    private static String anyCase(String value) {
        StringBuilder pattern = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (isAsciiLetter(c)) {
                pattern.append('[').append(Character.toUpperCase(c)).append(Character.toLowerCase(c)).append(']');
            }
            else if ((c >= '0' && c <= '9') || c == '_' || c == '-') {
                pattern.append(c);
            }
            else {
                throw new IllegalArgumentException("not a plain value: " + value);
            }
        }
        return pattern.toString();
    }

    private static String withoutSurroundingSpaces(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == ' ') {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean equalsIgnoringAsciiCase(String documented, String value) {
        if (documented.length() != value.length()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char a = documented.charAt(i);
            char b = value.charAt(i);
            if (a != b && !(isAsciiLetter(a) && isAsciiLetter(b) && (a ^ 0x20) == b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

}
