package com.atlassian.beehive;

/** Stand-in: beehive-api. */
public interface ClusterLockService {

    /** The cluster-wide lock of this name; names are stored by Jira, so use a bounded set of them. */
    ClusterLock getLockForName(String lockName);
}
