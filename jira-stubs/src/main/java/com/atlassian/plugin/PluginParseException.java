package com.atlassian.plugin;

/** Stand-in: atlassian-plugins-api. Unchecked (via {@link PluginException}). */
public class PluginParseException extends PluginException {

    private static final long serialVersionUID = 1L;

    public PluginParseException() {
        super();
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
