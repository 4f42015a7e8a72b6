/**
 * The RASCI defaults administration page: per project and issue type, how an empty RASCI field is filled when an
 * issue is created.
 */
package io.singlepoint.jira.rasci.admin;
