package io.singlepoint.jira.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

/**
 * Jira's cluster locks as one JVM has them: a real {@link ReentrantLock} per name, so that two threads of a test
 * contend as two nodes would.
 */
public final class InJvmClusterLocks implements ClusterLockService {

    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, name -> new Held());
    }

    private static final class Held implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();

        @Override
        public boolean isHeldByCurrentThread() {
            return lock.isHeldByCurrentThread();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("cluster locks have no conditions");
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
        }

        @Override
        public void lock() {
            lock.lock();
        }

        @Override
        public boolean tryLock() {
            return lock.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return lock.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            lock.unlock();
        }
    }
}
