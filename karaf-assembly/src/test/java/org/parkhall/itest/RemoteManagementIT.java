package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.parkhall.api.StaffDirectory;

/**
 * Karaf's own ways in, SSH and JMX, tried by people who must not pass and by an operator: a Karaf viewer signed
 * in over SSH can neither read nor change anything, hall accounts cannot use JMX, and a Karaf administrator can.
 */
public class RemoteManagementIT extends HallTestSupport {
    private static final String VIEWER = "karaf.viewer";
    private static final String OPERATOR = "karaf.ops";
    private static final String REFUSED = "(?s).*(Insufficient credentials|Command not found).*";

    @Inject
    private StaffDirectory staff;

    @Inject
    private ServiceComponentRuntime components;

    /** What an SSH command printed (standard output and error together) and its exit status. */
    private record Ran(String output, Integer exitStatus) {
    }

    @Configuration
    @Override
    public Option[] configuration() {
        Option[] hall = super.configuration();
        // Pax Exam obeys the first console option: this one, which starts the SSH server the support's leaves off.
        Option console = configureConsole().ignoreLocalConsole().startRemoteShell();
        return OptionUtils.combine(OptionUtils.combine(new Option[] {console}, hall),
                editConfigurationFilePut("etc/users.properties", VIEWER, PASSWORD + ",viewer,ssh"),
                editConfigurationFilePut("etc/users.properties", OPERATOR, PASSWORD + ",admin,ssh"),
                systemProperty("parkhall.ssh.port").value(System.getProperty("parkhall.ssh.port")));
    }

    @Before
    public void sshIsUp() throws InterruptedException {
        waitFor("the SSH server", () -> {
            try (Socket socket = new Socket("127.0.0.1", Integer.getInteger("parkhall.ssh.port"))) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    public void aViewerSignedInOverSshReadsAndChangesNothing() throws Exception {
        Path data = Path.of(System.getProperty("karaf.data"));
        Path marker = data.resolve("viewer-was-here");
        Path probe = probeBundle(data.resolve("viewer-probe.jar"));
        Path hallAcl = Path.of(System.getProperty("karaf.etc"), "org.apache.karaf.command.acl.hall.cfg");
        String acl = Files.readString(hallAcl);
        String logLevels = shell("log:get", "admin");
        Map<String, ?> requirements = features().listRequirements();

        // instances: a child instance would run any shell command given to instance:start -o
        refused("instance:create viewer-probe");
        refused("instance:list");
        // features and repositories
        refused("feature:repo-add -i mvn:org.example/viewer-probe/1/xml/features");
        refused("feature:requirement-remove feature:parkhall-web");
        refused("feature:uninstall parkhall-dept-amr");
        refused("feature:list");
        // bundles, and gogo's method calls and closures, which reach the bundle context without any command
        refused("bundle:install file:" + probe);
        refused("($.context installBundle \"file:" + probe + "\") start");
        refused("$.context getBundles");
        refused("probe = { bundle:install file:" + probe + " }; probe");
        refused("each [1] { exec touch " + marker + " }");
        refused("bundle:stop parkhall-web");
        refused("bundle:list");
        // components and the log
        refused("scr:disable org.parkhall.web.internal.ratings.RatingsApi");
        refused("scr:list");
        refused("log:set DEBUG");
        refused("log:display");
        // files and processes
        assertFalse(refused("shell:cat /etc/shadow").contains("root:"));
        assertFalse(refused("cat etc/users.properties").contains(CLERK));
        refused("echo '* = viewer' | tac " + hallAcl);
        refused("echo x > " + marker);
        refused("exec touch " + marker);
        refused("new java.io.FileOutputStream " + marker);
        refused("source file:" + probe);
        refused("edit etc/users.properties");
        // configuration and accounts
        refused("config:list");
        refused("config:property-set -p org.apache.karaf.command.acl.hall status viewer");
        refused("jaas:realm-manage --realm karaf; jaas:user-add ghost.ops Ghost-Pass-2026; "
                + "jaas:role-add ghost.ops admin; jaas:update");
        refused("jaas:user-list");
        // the hall itself
        refused("hall:status");
        assertFalse(refused("hall:cases").contains("PH"));
        refused("hall:staff-add ghost.admin halladmin");

        assertFalse("no child instance", Files.exists(Path.of(System.getProperty("karaf.home"), "instances",
                "viewer-probe")));
        assertFalse("no repository added", List.of(features().listRepositories()).stream()
                .anyMatch(repository -> repository.getURI().toString().contains("viewer-probe")));
        assertEquals("no requirement removed", requirements, features().listRequirements());
        assertTrue(features().isInstalled(features().getFeature("parkhall-dept-amr")));
        assertNull("no bundle installed", bundleContext.getBundle("file:" + probe));
        assertEquals(Bundle.ACTIVE, bundle("parkhall-web").getState());
        assertTrue("the ratings API is still enabled", components.isComponentEnabled(components
                .getComponentDescriptionDTO(bundle("parkhall-web"), "org.parkhall.web.internal.ratings.RatingsApi")));
        assertEquals("log levels unchanged", logLevels, shell("log:get", "admin"));
        assertFalse("nothing written or run", Files.exists(marker));
        assertEquals("the hall's ACL unchanged", acl, Files.readString(hallAcl));
        assertFalse(Files.readString(Path.of(System.getProperty("karaf.etc"), "users.properties"))
                .contains("ghost.ops"));
        assertTrue(staff.account("ghost.admin").isEmpty());
    }

    @Test
    public void aKarafAdministratorRunsTheHallAndKarafOverSsh() throws Exception {
        String status = ssh(OPERATOR, "hall:status").output();
        assertTrue(status, status.contains("Apache Derby"));
        assertTrue(ssh(OPERATOR, "hall:staff").output().contains(ADMIN));
        assertTrue(ssh(OPERATOR, "bundle:list -s").output().contains("parkhall-web"));
        String acl = ssh(OPERATOR, "config:list '(service.pid=org.apache.karaf.command.acl.hall)'").output();
        assertTrue("the hall's ACL came with its feature: " + acl, acl.contains("* = admin"));
    }

    @Test
    public void onlyAKarafAdministratorUsesJmx() throws Exception {
        try (JMXConnector operator = jmx(OPERATOR, PASSWORD)) {
            MBeanServerConnection server = operator.getMBeanServerConnection();
            assertFalse(server.queryNames(new ObjectName("org.apache.karaf:type=bundle,*"), null).isEmpty());
        }
        String wrongPassword = refusal(assertThrows(SecurityException.class, () -> jmx(OPERATOR, "guess")));
        for (String user : new String[] {ADMIN, CLERK, APPROVER, VIEWER}) {
            assertEquals(user + ": a right password answers as a wrong one", wrongPassword,
                    refusal(assertThrows(user, SecurityException.class, () -> jmx(user, PASSWORD))));
        }
    }

    /** Runs {@code command} as the viewer, checks Karaf refused it, and returns what the viewer was shown. */
    private static String refused(String command) throws IOException {
        Ran ran = ssh(VIEWER, command);
        assertTrue(command + " was not refused: " + ran.output(), ran.output().matches(REFUSED));
        assertNotEquals(command, Integer.valueOf(0), ran.exitStatus());
        return ran.output();
    }

    /** Runs {@code command} over SSH as {@code user}, as an operator's ssh client runs it. */
    private static Ran ssh(String user, String command) throws IOException {
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession session = client.connect(user, "127.0.0.1", Integer.getInteger("parkhall.ssh.port"))
                    .verify(TIMEOUT).getSession()) {
                session.addPasswordIdentity(PASSWORD);
                session.auth().verify(TIMEOUT);
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                try (ChannelExec channel = session.createExecChannel(command)) {
                    channel.setOut(output);
                    channel.setErr(output);
                    channel.open().verify(TIMEOUT);
                    channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
                    return new Ran(output.toString(StandardCharsets.UTF_8), channel.getExitStatus());
                }
            }
        }
    }

    /** Signs in to Karaf's JMX connector, at the ports in its configuration (Pax Exam sets them to its own). */
    private static JMXConnector jmx(String user, String password) throws IOException {
        Properties management = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("karaf.etc"),
                "org.apache.karaf.management.cfg"))) {
            management.load(in);
        }
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi://127.0.0.1:" + management.getProperty("rmiServerPort")
                + "/jndi/rmi://127.0.0.1:" + management.getProperty("rmiRegistryPort") + "/karaf-"
                + System.getProperty("karaf.name"));
        return JMXConnectorFactory.connect(url, Map.of(JMXConnector.CREDENTIALS, new String[] {user, password}));
    }

    /** A JMX refusal as the client sees it, with the reason the server gave. */
    private static String refusal(SecurityException refused) {
        return refused.getMessage() + " / " + refused.getCause();
    }

    private Bundle bundle(String symbolicName) {
        return List.of(bundleContext.getBundles()).stream()
                .filter(bundle -> bundle.getSymbolicName().equals(symbolicName)).findFirst().orElseThrow();
    }

    /** A bundle that does nothing, for the viewer to try to install. */
    private static Path probeBundle(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "viewer.probe");
        new JarOutputStream(Files.newOutputStream(jar), manifest).close();
        return jar;
    }
}
