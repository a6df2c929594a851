package org.allianceregistry.treaty;

import org.allianceregistry.shared.Verification;
import org.jspecify.annotations.Nullable;

/**
 * A key provision of a document as its reads show it: a projection, like
 * {@link SignatoryRow}.
 */
public record ProvisionRow(Long protocolId, int position, @Nullable String article, String text,
        Verification verification) {
}
