package org.allianceregistry.treaty;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A key provision as the document's writes hold it: the rows {@link ProtocolProvision}
 * reads.
 */
@Embeddable
class Provision {

    private int position;

    private @Nullable String article;

    private String textEn;

    protected Provision() {
    }

    Provision(int position, @Nullable String article, String text) {
        this.position = position;
        this.article = article;
        this.textEn = text;
    }

}
