/**
 * Active Objects tables of the RASCI field. Jira stores these class names: they never move or change name.
 */
package io.singlepoint.jira.rasci.ao;
