package com.atlassian.sal.api.user;

import java.io.Serializable;

/** Stand-in: sal-api. */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    public UserKey(String userKey) {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("stand-in");
    }
}
