/** The sample export and SLA configuration bundled with the command line; see {@code README.md} beside them. */
package io.singlepoint.cli.sample;
