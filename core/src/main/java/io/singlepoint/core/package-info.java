/**
 * SinglePoint's domain: every decision the app makes, as pure functions over immutable values.
 *
 * <p>One package per capability ({@code sla}, {@code rasci}, {@code notify}, {@code mail}, {@code report}), each
 * reading like its section of {@code DESIGN.md}. Nothing here knows Jira: the plugin translates Jira objects into
 * these values and these decisions back into Jira calls, and the command line feeds them from files. Nothing here
 * reads the wall clock: "now" is always a parameter. An ArchUnit test ({@code CoreLayeringTest}) keeps it so.
 */
package io.singlepoint.core;
