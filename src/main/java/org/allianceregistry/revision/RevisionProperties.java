package org.allianceregistry.revision;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxStaleness on PostgreSQL, the longest a change committed through another
 * instance can go unseen here: the listener reads the revision twice in this time, and a
 * read trusts what it last heard for no longer than this after the listener's last read
 * began (notifications usually bring a change within milliseconds)
 */
@ConfigurationProperties("registry.revision")
record RevisionProperties(@DefaultValue("2s") Duration maxStaleness) {

    Duration heartbeat() {
        return maxStaleness.dividedBy(2);
    }

}
