package org.parkhall.notice.smtp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.RefusedConfiguration;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.NoticeAddress;
import org.parkhall.spi.NoticeMessage;
import org.parkhall.spi.NoticeOutcome;

/** The channel against GreenMail, a real SMTP server on a free local port. */
public class SmtpChannelTest {
    private GreenMail server;
    private int port;
    private final List<ConfigurationReader> reports = new ArrayList<>();

    /** Keeps what the channel reports, as the hall's configuration service would log it. */
    private final HallConfiguration configurations = new HallConfiguration() {
        @Override
        public List<RefusedConfiguration> refused() {
            return List.of();
        }

        @Override
        public void report(ConfigurationReader read, boolean lastGoodKept) {
            reports.add(read);
        }

        @Override
        public void withdrawn(String pid) {
        }
    };

    @Before
    public void startServer() throws IOException {
        port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.setUser("hall@county.example", "hall", "Mail-Test-2026");
        server.start();
    }

    @After
    public void stopServer() {
        server.stop();
    }

    @Test
    public void aNoticeArrivesInBothLanguagesWithItsIdAsMessageId() throws Exception {
        SmtpChannel channel = channel(Map.of("user", "hall", "password", "Mail-Test-2026"));
        assertEquals(Set.of(NoticeAddress.Kind.EMAIL, NoticeAddress.Kind.PHONE), channel.reaches());
        NoticeOutcome outcome = channel.send(notice(7, NoticeAddress.email("li.applicant@county.example")));
        assertEquals(outcome.detail(), NoticeOutcome.Result.SENT, outcome.result());
        assertTrue(server.waitForIncomingEmail(5000, 1));
        MimeMessage mail = server.getReceivedMessages()[0];
        assertEquals("【园区政务服务分中心】已受理 / Park hall: accepted", mail.getSubject());
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body, mail.getContent().toString().contains("您的申请已受理"));
        assertTrue(mail.getContent().toString().contains("your application is accepted"));
        assertEquals("<notice-7@parkhall.127.0.0.1>", mail.getMessageID());
        assertEquals("notice@hall.example.gov.cn", mail.getFrom()[0].toString());
    }

    @Test
    public void aPhoneIsReachedThroughTheMailToSmsGateway() throws Exception {
        SmtpChannel channel = channel(Map.of("user", "hall", "password", "Mail-Test-2026"));
        assertEquals(NoticeOutcome.Result.SENT, channel.send(notice(8, NoticeAddress.phone("13812345678"))).result());
        assertTrue(server.waitForIncomingEmail(5000, 1));
        assertEquals("13812345678@sms.county.example",
                server.getReceivedMessages()[0].getAllRecipients()[0].toString());
    }

    @Test
    public void aServerAwayOrAWrongPasswordIsAFailedAttemptNamingNoAddress() {
        NoticeOutcome wrong = channel(Map.of("user", "hall", "password", "wrong"))
                .send(notice(9, NoticeAddress.email("li.applicant@county.example")));
        assertEquals(NoticeOutcome.Result.FAILED, wrong.result());
        server.stop();
        NoticeOutcome away = channel(Map.of()).send(notice(10, NoticeAddress.email("li.applicant@county.example")));
        assertEquals(NoticeOutcome.Result.FAILED, away.result());
        assertFalse(away.detail(), away.detail().contains("li.applicant"));
        assertFalse(wrong.detail(), wrong.detail().contains("li.applicant"));
    }

    @Test
    public void withoutAHostItReachesNothingAndABadValueIsRefusedByName() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("service.pid", SmtpSettings.PID);
        properties.put("host", "");
        properties.put("from", "not a mailbox");
        SmtpChannel idle = new SmtpChannel(configurations, properties);
        assertTrue(idle.reaches().isEmpty());
        assertEquals("from", reports.get(reports.size() - 1).problems().get(0).key());
        assertEquals(NoticeOutcome.Result.FAILED, idle.send(notice(11, NoticeAddress.email("a@b.example"))).result());
        assertFalse("the password never shows", channel(Map.of("password", "Secret-1")).toString()
                .contains("Secret-1"));
    }

    private SmtpChannel channel(Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of("service.pid", SmtpSettings.PID, "host", "127.0.0.1",
                "port", String.valueOf(port), "security", "none", "from", "notice@hall.example.gov.cn",
                "phoneDomain", "sms.county.example", "timeoutSeconds", "5"));
        properties.putAll(extra);
        return new SmtpChannel(configurations, properties);
    }

    private static NoticeMessage notice(long id, NoticeAddress to) {
        return new NoticeMessage(id, to, Bilingual.of("【园区政务服务分中心】已受理", "Park hall: accepted"),
                Bilingual.of("您的申请已受理。", "your application is accepted."));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
