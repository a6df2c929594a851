package org.allianceregistry.source;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A write that states its sources: codes of recorded sources ({@code sources}) and/or new
 * ones ({@code newSources}). A curated record needs at least one.
 */
public interface CitesSources {

    @Nullable List<String> sources();

    @Nullable List<NewSourceRequest> newSources();

}
