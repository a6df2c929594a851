package org.allianceregistry.shared;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The versions of a record a write may change, as its If-Match named them (RFC 9110
 * §13.1.1): any version of a record that exists ({@code *}), or one of a set of versions.
 * The set may be empty (the header named only weak tags or tags without a version): then
 * no version matches.
 *
 * @param any whether every current version matches
 * @param versions the versions that match, when not {@code any}
 */
public record ExpectedVersion(boolean any, SortedSet<Long> versions) {

    public ExpectedVersion {
        versions = new TreeSet<>(versions);
    }

    /** {@code If-Match: *}: the record as it is now, whatever its version. */
    public static ExpectedVersion anyVersion() {
        return new ExpectedVersion(true, new TreeSet<>());
    }

    /** One of these versions. */
    public static ExpectedVersion oneOf(Set<Long> versions) {
        return new ExpectedVersion(false, new TreeSet<>(versions));
    }

    /** Exactly this version. */
    public static ExpectedVersion of(long version) {
        return oneOf(Set.of(version));
    }

    /** Whether a record stored at {@code actual} may be changed. */
    public boolean matches(@Nullable Long actual) {
        return actual != null && (any || versions.contains(actual));
    }

    /** The versions in words, for a problem's detail. */
    String describe() {
        if (any) {
            return "any version";
        }
        if (versions.isEmpty()) {
            return "no version (weak tags and tags without a version never match)";
        }
        return versions.size() == 1 ? "version " + versions.first()
                : "any of versions " + versions.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

}
