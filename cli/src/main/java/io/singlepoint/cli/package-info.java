/**
 * The {@code singlepoint} command line: core's engine on exported files, for admins and service managers.
 *
 * <p>Each command is a picocli {@code Callable<Integer>} that reads files into core values, calls core, and writes
 * the answer. {@link io.singlepoint.cli.Main} only executes; {@link io.singlepoint.cli.Failures} maps every failure
 * to an exit code: {@code 0} done, {@code 1} internal error, {@code 2} bad input or configuration.
 */
package io.singlepoint.cli;
