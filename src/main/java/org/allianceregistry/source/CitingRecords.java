package org.allianceregistry.source;

import java.util.Collection;
import java.util.List;

/**
 * The citations of records of any feature. Every cited entity maps its sources as a
 * {@code sources} collection, so the entity is named at run time;
 * {@link SourceRepository} offers this query beside its own.
 */
interface CitingRecords {

    /** Pairs of a record's id and a {@link Source} it cites, for the given records. */
    List<Object[]> citationsOf(Class<?> entity, Collection<Long> ids);

}
