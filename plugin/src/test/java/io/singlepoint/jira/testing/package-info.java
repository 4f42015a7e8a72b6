/** Test fixtures that play Jira's part with real engines: Velocity templates, i18n bundles. */
package io.singlepoint.jira.testing;
