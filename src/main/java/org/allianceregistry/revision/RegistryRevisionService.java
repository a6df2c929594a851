package org.allianceregistry.revision;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class RegistryRevisionService {

    private final RegistryRevisionRepository revisions;

    RegistryRevisionService(RegistryRevisionRepository revisions) {
        this.revisions = revisions;
    }

    /** The registry's current data revision. The row is created by the migration, so it always exists. */
    public Revision current() {
        return revisions.findCurrent()
                .orElseThrow(() -> new IllegalStateException("registry_revision has no row; the migrations did not run"));
    }
}
