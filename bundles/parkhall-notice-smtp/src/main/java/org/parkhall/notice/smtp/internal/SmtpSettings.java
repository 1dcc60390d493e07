package org.parkhall.notice.smtp.internal;

import java.util.Properties;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;

/**
 * The mail server and how to reach it, from {@code etc/org.parkhall.notice.smtp.cfg}. No password ships: an
 * operator sets {@code user} and {@code password} if the server asks for them. {@code security} is {@code starttls}
 * (upgrade required), {@code tls} (implicit, usually port 465) or {@code none} (a relay on the hall's own network).
 */
record SmtpSettings(String host, int port, String from, String user, String password, String security,
        String phoneDomain, int timeoutSeconds) {
    static final String PID = "org.parkhall.notice.smtp";
    private static final String HOST = "[A-Za-z0-9.-]{1,253}";
    private static final Bilingual HOST_RULE = Bilingual.of("主机名或IP地址", "a host name or IP address");
    private static final String MAILBOX = "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+";
    private static final Bilingual MAILBOX_RULE = Bilingual.of("电子邮箱地址，如 notice@hall.example.gov.cn",
            "an email address such as notice@hall.example.gov.cn");
    private static final String DOMAIN = "([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)?";
    private static final Bilingual DOMAIN_RULE = Bilingual.of("短信网关的邮件域名，如 sms.example.gov.cn，或留空",
            "the mail-to-SMS gateway's domain such as sms.example.gov.cn, or empty");
    private static final String SECURITY = "starttls|tls|none";
    private static final Bilingual SECURITY_RULE = Bilingual.of("starttls、tls 或 none", "starttls, tls or none");

    static SmtpSettings read(ConfigurationReader read) {
        String host = read.text("host", "");
        if (!host.isEmpty() && !host.matches(HOST)) {
            read.refuse("host", host, HOST_RULE);
            host = "";
        }
        String from = read.text("from", "notice@parkhall.invalid");
        if (!from.matches(MAILBOX)) {
            read.refuse("from", from, MAILBOX_RULE);
            from = "notice@parkhall.invalid";
        }
        String security = read.text("security", "starttls");
        if (!security.matches(SECURITY)) {
            read.refuse("security", security, SECURITY_RULE);
            security = "starttls";
        }
        String domain = read.text("phoneDomain", "");
        if (!domain.matches(DOMAIN)) {
            read.refuse("phoneDomain", domain, DOMAIN_RULE);
            domain = "";
        }
        return new SmtpSettings(host, read.integer("port", 587, 1, 65535), from, read.text("user", ""),
                read.text("password", ""), security, domain, read.integer("timeoutSeconds", 20, 1, 60));
    }

    Properties sessionProperties() {
        Properties properties = new Properties();
        String millis = String.valueOf(timeoutSeconds * 1000);
        String protocol = security.equals("tls") ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", host);
        properties.put("mail." + protocol + ".port", String.valueOf(port));
        properties.put("mail." + protocol + ".connectiontimeout", millis);
        properties.put("mail." + protocol + ".timeout", millis);
        properties.put("mail." + protocol + ".writetimeout", millis);
        properties.put("mail." + protocol + ".auth", String.valueOf(!user.isEmpty()));
        if (security.equals("starttls")) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (!security.equals("none")) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** For the log: never the password. */
    String describe() {
        return host.isEmpty() ? "no host configured, reaches nothing"
                : host + ":" + port + " (" + security + ")" + (user.isEmpty() ? "" : " as " + user)
                        + (phoneDomain.isEmpty() ? ", email only" : ", phones via @" + phoneDomain);
    }

    @Override
    public String toString() {
        return describe();
    }
}
