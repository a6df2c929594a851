package org.allianceregistry.source;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/**
 * Spring Data's implementation of the {@link CitingRecords} part of
 * {@link SourceRepository}.
 */
class CitingRecordsImpl implements CitingRecords {

    private final EntityManager entityManager;

    CitingRecordsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Object[]> citationsOf(Class<?> entity, Collection<Long> ids) {
        return entityManager
            .createQuery("select r.id, s from " + entity.getSimpleName() + " r join r.sources s where r.id in :ids",
                    Object[].class)
            .setParameter("ids", ids)
            .getResultList();
    }

}
