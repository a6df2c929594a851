package org.allianceregistry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.allianceregistry.security.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Every way the database can be unavailable answers 503 with Retry-After, never 500. */
@WebMvcTest(controllers = DatabaseOutageProblemTests.FailingController.class)
@Import({ DatabaseOutageProblemTests.FailingController.class, SecurityConfiguration.class })
class DatabaseOutageProblemTests {

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @ValueSource(strings = { "no-transaction", "no-connection", "resource-failure", "query-timeout", "transient",
            "hibernate-connection", "pool-timeout", "rollback-on-closed-connection", "rollback-on-killed-connection",
            "connection-closed", "admin-shutdown" })
    void databaseOutagesAnswer503WithRetryAfter(String failure) {
        MvcTestResult result = mvc.get().uri("/test/outage/" + failure).header("X-Request-Id", "outage-1").exchange();

        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
            .hasHeader("Retry-After", "5")
            .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:service-unavailable");
        assertThat(result).bodyJson().extractingPath("$.correlationId").isEqualTo("outage-1");
        assertThat(result).bodyText().doesNotContain("Exception", "jdbc", "Hikari", "refused");
    }

    @Test
    void otherFailuresStay500() {
        assertThat(mvc.get().uri("/test/outage/bug").exchange()).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
            .doesNotContainHeader("Retry-After");
    }

    @RestController
    static class FailingController {

        @GetMapping("/test/outage/{failure}")
        String fail(@PathVariable String failure) throws Exception {
            throw switch (failure) {
                case "no-transaction" -> new CannotCreateTransactionException("Could not open JPA EntityManager",
                        new JDBCConnectionException("Unable to acquire JDBC Connection", pool()));
                case "no-connection" ->
                    new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", pool());
                case "resource-failure" -> new DataAccessResourceFailureException("I/O error", new ConnectException());
                case "query-timeout" -> new QueryTimeoutException("canceling statement due to statement timeout");
                case "transient" -> new TransientDataAccessResourceException("connection reset");
                case "hibernate-connection" -> new JDBCConnectionException("Unable to acquire JDBC Connection", pool());
                case "pool-timeout" -> pool();
                // What PostgreSQL's driver says once the server has killed a pooled
                // connection.
                case "rollback-on-closed-connection" ->
                    new TransactionSystemException("Could not roll back JPA transaction",
                            new PersistenceException("Unable to rollback against JDBC Connection",
                                    new SQLException("This connection has been closed.", "08003")));
                // What Hikari's closed connection says when the rollback after a killed
                // connection's failure runs.
                case "rollback-on-killed-connection" -> new JpaSystemException(new org.hibernate.TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
                case "connection-closed" -> new JpaSystemException(new PersistenceException(
                        new SQLException("An I/O error occurred while sending to the backend.", "08006")));
                case "admin-shutdown" -> new UncategorizedSQLException("select", "select 1",
                        new SQLException("terminating connection due to administrator command", "57P01"));
                default -> new IllegalStateException("a bug");
            };
        }

        private static SQLTransientConnectionException pool() {
            return new SQLTransientConnectionException(
                    "registry - Connection is not available, request timed out after 3000ms");
        }

    }

}
