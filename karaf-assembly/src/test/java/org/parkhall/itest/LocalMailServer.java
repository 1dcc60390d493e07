package org.parkhall.itest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real mail server (GreenMail: SMTP in, POP3 out) on this machine, started once in the build's JVM for the class
 * that names it. Only the Pax Exam configuration, which runs there, touches this class; the hall sends to its SMTP
 * port and the tests in the container read the mailbox over POP3.
 */
final class LocalMailServer {
    /** The mail-to-SMS gateway's domain the hall is given: a notice to a phone goes to {@code <phone>@} it. */
    static final String PHONE_DOMAIN = "sms.parkhall.test";
    static final String PASSWORD = "it-mail-" + Long.toHexString(System.nanoTime());

    private static GreenMail server;
    private static int smtpPort;
    private static int pop3Port;

    private LocalMailServer() {
    }

    /** The running server, started on first use on free loopback ports. */
    static synchronized GreenMail server() {
        if (server == null) {
            smtpPort = freePort();
            pop3Port = freePort();
            GreenMail started = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(pop3Port, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
            started.start();
            server = started;
        }
        return server;
    }

    static int smtpPort() {
        server();
        return smtpPort;
    }

    static int pop3Port() {
        server();
        return pop3Port;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mailbox for {@code phone} at the gateway, its login the address itself. */
    static void mailbox(String phone) {
        String address = phone + "@" + PHONE_DOMAIN;
        server().setUser(address, address, PASSWORD);
    }
}
