package com.atlassian.sal.api.transaction;

/** Stand-in: sal-api. Work to run in a database transaction. */
public interface TransactionCallback<T> {

    T doInTransaction();
}
