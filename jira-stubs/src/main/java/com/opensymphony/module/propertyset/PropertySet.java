package com.opensymphony.module.propertyset;

/** Stand-in: OpenSymphony PropertySet, an interface. Passed to workflow functions; the plugin does not call it. */
public interface PropertySet {
}
