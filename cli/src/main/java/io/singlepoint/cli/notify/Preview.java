package io.singlepoint.cli.notify;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.singlepoint.cli.BadInputException;
import io.singlepoint.core.notify.Directory;
import io.singlepoint.core.notify.EmailAddress;
import io.singlepoint.core.notify.IssueFacts;
import io.singlepoint.core.notify.NotificationConfig;
import io.singlepoint.core.notify.OutboundMail;
import io.singlepoint.core.notify.Person;
import io.singlepoint.core.notify.Plan;
import io.singlepoint.core.notify.Recipient;
import io.singlepoint.core.notify.Recipients;
import io.singlepoint.core.notify.Skipped;
import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciRole;

/** The text form of a preview: who gets the mail, who does not and why, then one mail as a person reads it. */
final class Preview {

    /**
     * Whose mail the preview shows.
     *
     * @param recipient  the reader
     * @param isResolved whether the rules chose them (else {@code --to} named someone else)
     */
    record Reader(Recipient recipient, boolean isResolved) {
    }

    private final PrintWriter out;

    Preview(PrintWriter out) {
        this.out = out;
    }

    /**
     * The reader {@code to} names (an address or user key of a recipient, a user of the directory, any address), the
     * first recipient without it; {@code null} if there is none. {@code language}, if given, replaces theirs.
     */
    static Reader reader(String to, Recipients recipients, IssueFacts facts, Directory directory, Locale language) {
        Reader reader = to == null ? recipients.recipients().stream().findFirst().map(r -> new Reader(r, true))
                .orElse(null) : named(to.strip(), recipients, facts, directory);
        if (reader == null || language == null) {
            return reader;
        }
        Person p = reader.recipient().person();
        Person relocated = new Person(p.key(), p.displayName(), p.email(), language, p.zone(), p.active());
        return new Reader(new Recipient(relocated, reader.recipient().address(), reader.recipient().roles()),
                reader.isResolved());
    }

    private static Reader named(String to, Recipients recipients, IssueFacts facts, Directory directory) {
        for (Recipient r : recipients.recipients()) {
            if (r.address().value().equalsIgnoreCase(to) || to.equals(r.person().key())) {
                return new Reader(r, true);
            }
        }
        Optional<Person> user = directory.user(to);
        if (user.isPresent()) {
            if (!EmailAddress.isValid(user.get().email())) {
                throw new BadInputException("--to: user " + user.get().describe() + " has no address a mail can go to");
            }
            return new Reader(outside(user.get(), facts), false);
        }
        if (EmailAddress.isValid(to)) {
            return new Reader(outside(directory.userByEmail(to).orElseGet(() -> Person.outside(to)), facts), false);
        }
        throw new BadInputException("--to: \"" + to + "\" is neither a recipient's address or user key, a user of the"
                + " directory, nor an address");
    }

    private static Recipient outside(Person person, IssueFacts facts) {
        EmailAddress address = EmailAddress.of(person.email());
        Set<RasciRole> roles = java.util.EnumSet.noneOf(RasciRole.class);
        if (person.key() != null) {
            roles.addAll(facts.rasci().rolesOf(Participant.user(person.key())));
        }
        roles.addAll(facts.rasci().rolesOf(Participant.email(address.value())));
        return new Recipient(person, address, roles);
    }

    void write(NotificationConfig config, IssueFacts facts, Recipients recipients, Reader reader, OutboundMail mail,
               Plan plan, Instant at) {
        out.println("Stage " + config.stage().id() + " of " + facts.key() + " \"" + facts.summary() + "\" (status "
                + facts.status() + "), as of " + at);
        if (plan instanceof Plan.Skip skip) {
            out.println("Note: " + describe(skip));
        } else if (plan instanceof Plan.Record record && record.intent().windowStart() != null) {
            out.println("Due " + record.intent().due() + ", " + config.reminder().before().toHours()
                    + " hours before the window starts at " + record.intent().windowStart());
        }
        out.println();
        out.println("Recipients (" + recipients.recipients().size() + "), by the rules "
                + String.join(", ", config.recipients().tokens())
                + (config.recipients().excludeActor() ? ", leaving out who made the transition" : "") + ":");
        for (Recipient r : recipients.recipients()) {
            out.printf("  %-45s %-6s %-20s %s%n", r.mailbox(), language(r.person().locale()),
                    r.person().zone() == null ? "-" : r.person().zone().getId(), roles(r.roles()));
        }
        if (!recipients.skipped().isEmpty()) {
            out.println("Left out (" + recipients.skipped().size() + "):");
            recipients.skipped().forEach(s -> out.println("  " + s.who() + ": " + reason(s.reason())));
        }
        out.println();
        if (mail == null) {
            out.println("Nobody would get this mail. Name a reader with --to ADDRESS to see it anyway.");
            return;
        }
        out.println("Mail to " + mail.to() + (reader.isResolved() ? "" : " (named by --to; the rules do not choose"
                + " them)") + ", in " + mail.language() + ":");
        out.println();
        out.println("From: " + mail.from());
        out.println("Reply-To: " + mail.replyTo());
        out.println("To: " + mail.to());
        out.println("Subject: " + mail.subject());
        out.println("Message-ID: " + mail.messageId());
        out.println("In-Reply-To: " + mail.inReplyTo());
        out.println("References: " + String.join(" ", mail.references()));
        mail.headers().forEach((name, value) -> out.println(name + ": " + value));
        out.println();
        out.print(mail.text());
        out.flush();
    }

    static String describe(Plan.Skip skip) {
        return switch (skip.reason().i18nKey()) {
            case "singlepoint.notify.plan.skip.nodate" -> "a reminder asked for now would not be recorded: the issue"
                    + " has no value in " + skip.reason().arguments().get(0);
            case "singlepoint.notify.plan.skip.windowpassed" -> "a reminder asked for now would not be recorded: the"
                    + " change window started at " + skip.reason().arguments().get(1);
            default -> skip.reason().i18nKey();
        };
    }

    private static String reason(Skipped.Reason reason) {
        return switch (reason) {
            case ACTOR -> "made the transition";
            case INACTIVE -> "inactive";
            case NO_ADDRESS -> "no address";
            case INVALID_ADDRESS -> "an address that cannot be used safely";
            case UNKNOWN_USER -> "no such user in the directory";
            case LIMIT -> "over the limit of recipients";
            case BOUNCED -> "the address bounced";
        };
    }

    private static String roles(Set<RasciRole> roles) {
        return roles.stream().map(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static String language(Locale locale) {
        return locale == null ? "-" : locale.toLanguageTag();
    }

}
