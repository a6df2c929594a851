package org.allianceregistry.revision;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;
import org.allianceregistry.revision.PublishedRevision.Source;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.DataSourceUnwrapper;

/**
 * The database as the revision sees it: who can change it (which decides how far this
 * instance may trust what it knows of the revision) and, for PostgreSQL, how the listener
 * opens a connection of its own, outside the pool, with the pool's settings.
 */
final class RevisionDatabase {

    static final String LISTENER_NAME = "alliance-registry revision listener";

    private final Source source;

    private final @Nullable String url;

    private final Properties connectionProperties;

    private RevisionDatabase(Source source, @Nullable String url, Properties connectionProperties) {
        this.source = source;
        this.url = url;
        this.connectionProperties = connectionProperties;
    }

    static RevisionDatabase of(DataSource dataSource) {
        HikariDataSource hikari = DataSourceUnwrapper.unwrap(dataSource, HikariConfigMXBean.class,
                HikariDataSource.class);
        String url = hikari == null ? null : hikari.getJdbcUrl();
        Properties properties = new Properties();
        if (hikari != null) {
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
        }
        properties.setProperty("ApplicationName", LISTENER_NAME);
        return new RevisionDatabase(sourceOf(url), url, properties);
    }

    /**
     * An H2 database in memory or in a file is this process's alone (H2 locks the file);
     * one reached over TCP or opened with AUTO_SERVER may be written by others, and so
     * may a database this class does not know.
     */
    static Source sourceOf(@Nullable String url) {
        if (url == null) {
            return Source.NONE;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return Source.NOTIFIED;
        }
        if (lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:")
                && !lower.replace(" ", "").contains(";auto_server=true")) {
            return Source.IN_PROCESS;
        }
        return Source.NONE;
    }

    Source source() {
        return source;
    }

    Connection openListenerConnection() throws SQLException {
        if (url == null) {
            throw new SQLException("the data source names no JDBC URL");
        }
        return DriverManager.getConnection(url, connectionProperties);
    }

}
