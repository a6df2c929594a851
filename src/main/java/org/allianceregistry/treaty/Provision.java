package org.allianceregistry.treaty;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.allianceregistry.shared.Verification;
import org.jspecify.annotations.Nullable;

/**
 * A key provision as the document's writes hold it: the rows {@link ProvisionRow} reads.
 */
@Embeddable
class Provision {

    private int position;

    private @Nullable String article;

    private String textEn;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    protected Provision() {
    }

    Provision(int position, @Nullable String article, String text, Verification verification) {
        this.position = position;
        this.article = article;
        this.textEn = text;
        this.verification = verification;
    }

}
