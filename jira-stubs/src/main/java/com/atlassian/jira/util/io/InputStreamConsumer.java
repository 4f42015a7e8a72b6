package com.atlassian.jira.util.io;

import java.io.IOException;
import java.io.InputStream;

/** Stand-in: jira-api ({@code @PublicSpi}, complete). */
public interface InputStreamConsumer<T> {

    T withInputStream(InputStream is) throws IOException;
}
