package org.allianceregistry.treaty;

import java.time.LocalDate;
import org.allianceregistry.shared.LocalizedText;
import org.allianceregistry.shared.Verification;
import org.jspecify.annotations.Nullable;

/**
 * A signatory of a document as its reads show it: a projection, never a managed entity,
 * so that reading a document inside its own write sees the rows just written.
 */
public record SignatoryRow(Long protocolId, String iso2, String iso3, String nameEn, String nameRu, String nameAr,
        @Nullable LocalDate signedOn, @Nullable LocalDate ratifiedOn, @Nullable String note,
        Verification verification) {

    LocalizedText names() {
        return new LocalizedText(nameEn, nameRu, nameAr);
    }

}
