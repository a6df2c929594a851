package org.allianceregistry.revision;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.TransactionStatus;

/**
 * Every read-write transaction begins by taking the revision row's lock, so that writes
 * take turns: the checks a write makes against stored data (no overlapping period, the
 * version it read, a chair in good standing) cannot race another write, and change ids
 * commit in order. Read-only transactions take no lock. Spring Boot registers this
 * listener with the transaction manager; no write has to remember to lock.
 */
@Component
class WriteTransactionLock implements TransactionExecutionListener {

    private final ObjectProvider<RegistryRevisionService> revisions;

    private final ObjectProvider<PlatformTransactionManager> transactions;

    WriteTransactionLock(ObjectProvider<RegistryRevisionService> revisions,
            ObjectProvider<PlatformTransactionManager> transactions) {
        this.revisions = revisions;
        this.transactions = transactions;
    }

    @Override
    public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
        if (beginFailure != null || transaction.isReadOnly() || !transaction.isNewTransaction()) {
            return;
        }
        try {
            revisions.getObject().lock();
        }
        catch (RuntimeException | Error failure) {
            // The transaction has begun and holds a connection: end it before the failure
            // (a database that went away, say) reaches the caller.
            transactions.getObject().rollback((TransactionStatus) transaction);
            throw failure;
        }
    }

}
