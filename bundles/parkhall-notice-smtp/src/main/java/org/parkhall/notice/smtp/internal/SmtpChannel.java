package org.parkhall.notice.smtp.internal;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.HallConfiguration;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.NoticeAddress;
import org.parkhall.spi.NoticeChannel;
import org.parkhall.spi.NoticeMessage;
import org.parkhall.spi.NoticeOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends notices by SMTP ({@code etc/org.parkhall.notice.smtp.cfg}): to an email address as it is, to a phone through
 * the county's mail-to-SMS gateway ({@code <phone>@phoneDomain}) when one is configured. With no host it reaches
 * nothing, and the hall's notices wait. A 5xx refusal of the recipient is undeliverable; anything else (server
 * away, busy, 4xx, a time-out, a failed sign-in) is a failed attempt the hall repeats later.
 */
@Component(service = NoticeChannel.class, configurationPid = SmtpSettings.PID,
        property = NoticeChannel.NAME + "=smtp")
public final class SmtpChannel implements NoticeChannel {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpChannel.class);

    private final HallConfiguration configurations;
    private volatile SmtpSettings settings;
    private volatile String pid = SmtpSettings.PID;

    @Activate
    public SmtpChannel(@Reference HallConfiguration configurations, Map<String, Object> properties) {
        this.configurations = configurations;
        configure(properties);
    }

    @Modified
    void configure(Map<String, Object> properties) {
        ConfigurationReader read = new ConfigurationReader(properties);
        pid = read.pid();
        settings = configurations.settle(read, SmtpSettings.read(read), settings);
        LOG.info("SMTP notice channel: {}", settings.describe());
    }

    @Deactivate
    void stop() {
        configurations.withdrawn(pid);
    }

    @Override
    public Set<NoticeAddress.Kind> reaches() {
        SmtpSettings now = settings;
        Set<NoticeAddress.Kind> kinds = EnumSet.noneOf(NoticeAddress.Kind.class);
        if (!now.host().isEmpty()) {
            kinds.add(NoticeAddress.Kind.EMAIL);
            if (!now.phoneDomain().isEmpty()) {
                kinds.add(NoticeAddress.Kind.PHONE);
            }
        }
        return kinds;
    }

    @Override
    public NoticeOutcome send(NoticeMessage notice) {
        SmtpSettings now = settings;
        if (!reaches().contains(notice.to().kind())) {
            return NoticeOutcome.failed("SMTP channel not configured for " + notice.to().kind());
        }
        // Jakarta Mail finds its providers through the context class loader: this bundle's, which embeds them.
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(SmtpChannel.class.getClassLoader());
        try {
            Session session = Session.getInstance(now.sessionProperties());
            MimeMessage message = new NoticeMimeMessage(session, notice.id(), now.host());
            message.setFrom(new InternetAddress(now.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient(notice.to(), now)));
            message.setSubject(notice.subject().zh() + " / " + notice.subject().en(), StandardCharsets.UTF_8.name());
            message.setText(notice.body(), StandardCharsets.UTF_8.name());
            if (now.user().isEmpty()) {
                Transport.send(message);
            } else {
                Transport.send(message, now.user(), now.password());
            }
            return NoticeOutcome.sent("accepted by " + now.host() + ":" + now.port());
        } catch (SendFailedException e) {
            return refusal(e);
        } catch (AuthenticationFailedException e) {
            return NoticeOutcome.failed("SMTP sign-in refused by " + now.host());
        } catch (MessagingException e) {
            return NoticeOutcome.failed("SMTP " + e.getClass().getSimpleName() + " at " + now.host() + ":" + now.port()
                    + (e.getNextException() == null ? "" : " (" + e.getNextException().getClass().getSimpleName()
                    + ")"));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The address the mail goes to: an email as given, a phone at the mail-to-SMS gateway. */
    static String recipient(NoticeAddress to, SmtpSettings settings) {
        return to.kind() == NoticeAddress.Kind.EMAIL ? to.value() : to.value() + "@" + settings.phoneDomain();
    }

    /** A recipient refused with 5xx will not be taken later; 4xx and the rest may. Details name no address. */
    private static NoticeOutcome refusal(SendFailedException e) {
        Address[] invalid = e.getInvalidAddresses();
        for (Exception cause = e; cause != null; cause = cause instanceof MessagingException messaging
                ? messaging.getNextException() : null) {
            if (cause instanceof SMTPAddressFailedException failed) {
                String said = "SMTP " + failed.getReturnCode() + " for the recipient";
                return failed.getReturnCode() >= 500 ? NoticeOutcome.undeliverable(said) : NoticeOutcome.failed(said);
            }
            if (cause instanceof SMTPSendFailedException sendFailed) {
                return NoticeOutcome.failed("SMTP " + sendFailed.getReturnCode());
            }
        }
        return invalid != null && invalid.length > 0 ? NoticeOutcome.undeliverable("SMTP recipient invalid")
                : NoticeOutcome.failed("SMTP send failed");
    }

    /** Its Message-ID names the notice, the same on every attempt, so a mail system can drop a repeat. */
    private static final class NoticeMimeMessage extends MimeMessage {
        private final long id;
        private final String host;

        NoticeMimeMessage(Session session, long id, String host) {
            super(session);
            this.id = id;
            this.host = host;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<notice-" + id + "@parkhall." + host + ">");
        }
    }
}
