package io.singlepoint.jira.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;

import io.singlepoint.jira.admin.AdminGate;
import io.singlepoint.jira.admin.FormToken;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Servlet module {@code /plugins/servlet/singlepoint/mail-log}: the mail handler's processing log for administrators
 * ({@link AdminGate}): the latest mails, what was decided and why, and each kept raw mail to download
 * ({@code ?download=<id>}, {@code message/rfc822}). A POST with {@code rerun=<id>} re-runs a held, rejected or
 * failed mail ({@link MailProcessor#rerun}); a POST with {@code clear=<address>} clears a bounced address
 * ({@link BouncedAddresses}), listed below the log; a POST with {@code forward=<id>} forwards a rejected mail whose
 * forward was skipped or failed to agents again ({@link MailProcessor#forwardAgain}). The forms carry a token of the administrator's session, so that
 * no other site can make their browser post them.
 */
public final class MailLogServlet extends HttpServlet {

    static final String TEMPLATE = "templates/mail/mail-log.vm";
    static final int ROWS = 200;
    private static final long serialVersionUID = 1L;

    private final transient AdminGate gate;
    private final transient MailLogStore log;
    private final transient TemplateRenderer renderer;
    private final transient I18nResolver i18n;
    private final transient MailProcessor processor;
    private final transient MailHandlerConfigs configs;
    private final transient BouncedAddresses bounced;


    @Inject
    public MailLogServlet(AdminGate gate, MailLogStore log, TemplateRenderer renderer, I18nResolver i18n,
                          MailProcessor processor, MailHandlerConfigs configs, BouncedAddresses bounced) {
        this.gate = gate;
        this.log = log;
        this.renderer = renderer;
        this.i18n = i18n;
        this.processor = processor;
        this.configs = configs;
        this.bounced = bounced;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.admit(request, response)) {
            return;
        }
        boolean fromOurPage = FormToken.matches(request);
        String clear = request.getParameter("clear");
        if (fromOurPage && clear != null && !clear.isBlank()) {
            bounced.clear(clear);
            response.sendRedirect(request.getContextPath()
                    + "/plugins/servlet/singlepoint/mail-log?message=singlepoint.mail.log.bounce.cleared");
            return;
        }
        String forward = request.getParameter("forward");
        if (fromOurPage && forward != null && forward.matches("[0-9]{1,9}")) {
            response.sendRedirect(request.getContextPath() + "/plugins/servlet/singlepoint/mail-log?message="
                    + forwardAgain(Long.parseLong(forward)));
            return;
        }
        String id = request.getParameter("rerun");
        if (!fromOurPage || id == null
                || !id.matches("[0-9]{1,9}")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("singlepoint.mail.log.rerun.refused"));
            return;
        }
        Optional<MailHandlerConfig> config = configs.latest();
        String message;
        if (config.isEmpty()) {
            message = "singlepoint.mail.log.rerun.noconfig";
        } else {
            message = processor.rerun(Long.parseLong(id), config.get()).isPresent() ? "singlepoint.mail.log.rerun.done"
                    : "singlepoint.mail.log.rerun.refused";
        }
        response.sendRedirect(request.getContextPath() + "/plugins/servlet/singlepoint/mail-log?message=" + message);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.admit(request, response)) {
            return;
        }
        String download = request.getParameter("download");
        if (download != null) {
            download(download, response);
            return;
        }
        List<MailLogRow> rows = log.latest(ROWS).stream().map(entry -> MailLogRow.of(entry, reason(entry),
                reply(entry.answer()), reply(entry.forward()))).toList();
        String token = FormToken.of(request);
        String message = request.getParameter("message");
        response.setContentType("text/html;charset=UTF-8");
        List<MailBounceRow> bounces = bounced.latest(ROWS).stream().map(MailBounceRow::of).toList();
        renderer.render(TEMPLATE, Map.of("rows", rows, "i18n", i18n, "base", request.getContextPath()
                + "/plugins/servlet/singlepoint/mail-log", "token", token, "bounces", bounces,
                "message", message != null
                        && message.matches("singlepoint\\.mail\\.log\\.(rerun|bounce|forward)\\.[a-z]+")
                        ? i18n.getText(message) : ""), response.getWriter());
    }

    private void download(String id, HttpServletResponse response) throws IOException {
        Optional<byte[]> raw = Optional.empty();
        if (id.matches("[0-9]{1,9}")) {
            raw = log.raw(Long.parseLong(id));
        }
        if (raw.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, i18n.getText("singlepoint.mail.log.notfound"));
            return;
        }
        response.setContentType("message/rfc822");
        response.setHeader("Content-Disposition", "attachment; filename=\"singlepoint-mail-" + id + ".eml\"");
        response.setContentLength(raw.get().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(raw.get());
        }
    }

    /** Forwards the mail again; returns the message key for the page. */
    private String forwardAgain(long id) throws IOException {
        Optional<MailHandlerConfig> config = configs.latest();
        if (config.isEmpty()) {
            return "singlepoint.mail.log.forward.noconfig";
        }
        Optional<MailLogEntry> entry = log.get(id);
        if (entry.isPresent() && entry.get().forward() != null && entry.get().forward().sent()) {
            return "singlepoint.mail.log.forward.already";
        }
        MailProcessor.ForwardAgain result = processor.forwardAgain(id, config.get());
        if (result instanceof MailProcessor.ForwardAgain.Done done) {
            return "singlepoint.mail.log.forward." + done.outcome().state().key();
        }
        return result instanceof MailProcessor.ForwardAgain.Busy ? "singlepoint.mail.log.forward.busy"
                : "singlepoint.mail.log.forward.refused";
    }

    private MailLogReply reply(ReplyOutcome outcome) {
        if (outcome == null) {
            return null;
        }
        String detail = outcome.reason() == null ? ""
                : i18n.getText(outcome.reason(), outcome.args().toArray(new Serializable[0]));
        return new MailLogReply(outcome.state().key(),
                i18n.getText("singlepoint.mail.log.reply." + outcome.state().key()), detail);
    }

    private String reason(MailLogEntry entry) {
        if (entry.reason() == null) {
            return "";
        }
        return i18n.getText(entry.reason(), entry.reasonArgs().toArray(new Serializable[0]));
    }
}
