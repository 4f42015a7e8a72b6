package com.atlassian.sal.api.auth;

import java.net.URI;

/** Stand-in: sal-api. */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
