package org.allianceregistry.revision;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the revision comes from: which database holds it decides whether this process
 * alone publishes it, or a listener on PostgreSQL's notifications does.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RevisionProperties.class)
class RevisionConfiguration {

    @Bean
    RevisionDatabase revisionDatabase(DataSource dataSource) {
        return RevisionDatabase.of(dataSource);
    }

    @Bean
    PublishedRevision publishedRevision(RevisionDatabase database, RevisionProperties properties) {
        return new PublishedRevision(database.source(), properties.maxStaleness(), System::nanoTime);
    }

    @Bean
    RevisionListener revisionListener(RevisionDatabase database, PublishedRevision published,
            RevisionProperties properties) {
        return new RevisionListener(database, published, properties);
    }

}
