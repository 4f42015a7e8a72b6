/**
 * SinglePoint's SLA tables (Active Objects). Jira stores these classes' names: they keep their package and name, and a
 * column once released only ever gets added. Tables are named {@code AO_<hash>_SLA_*}, within Oracle's 30 characters.
 */
package io.singlepoint.jira.sla.ao;
