/**
 * {@code singlepoint mail}: mail commands on raw messages. {@link io.singlepoint.cli.mail.AnalyzeCommand} streams
 * each {@code .eml} file through core's {@link io.singlepoint.core.mail.MailAnalyzer} and
 * {@link io.singlepoint.core.mail.MailTriage} and prints the analysis as JSON Lines or a summary for people.
 */
package io.singlepoint.cli.mail;
