package com.atlassian.beehive;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/** Stand-in: beehive-api. {@code tryLock()}, {@code lock()} and {@code unlock()} come from {@link Lock}. */
public interface ClusterLock extends Lock {

    boolean isHeldByCurrentThread();

    /** Not supported by cluster locks: throws {@link UnsupportedOperationException}. */
    @Override
    Condition newCondition();

    @Override
    void lockInterruptibly() throws InterruptedException;
}
