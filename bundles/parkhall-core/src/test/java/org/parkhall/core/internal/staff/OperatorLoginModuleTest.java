package org.parkhall.core.internal.staff;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The operators' realm signs in Karaf administrators and refuses everyone else with one answer. */
public class OperatorLoginModuleTest {
    private static final String OPERATORS = "operators";
    private static final String PASSWORD = "Test-Pass-2026";

    private Configuration previous;

    @Before
    public void realms() {
        previous = Configuration.getConfiguration();
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                Class<?> module = name.equals(OPERATORS) ? OperatorLoginModule.class : KarafRealm.class;
                return new AppConfigurationEntry[] {
                    new AppConfigurationEntry(module.getName(), LoginModuleControlFlag.REQUIRED, Map.of())};
            }
        });
    }

    @After
    public void restore() {
        Configuration.setConfiguration(previous);
    }

    @Test
    public void anAdministratorSignsInWithTheRolesOfTheKarafRealm() throws LoginException {
        Subject subject = signIn("ops", PASSWORD);
        assertTrue(subject.getPrincipals().contains(new RolePrincipal("admin")));
        assertTrue(subject.getPrincipals().contains(new UserPrincipal("ops")));
    }

    @Test
    public void aHallAccountIsRefusedAsAWrongPasswordIs() {
        String wrongPassword = assertThrows(FailedLoginException.class, () -> signIn("ops", "guess")).getMessage();
        assertEquals(wrongPassword, assertThrows(FailedLoginException.class,
                () -> signIn("zhou.admin", PASSWORD)).getMessage());
        assertEquals(wrongPassword, assertThrows(FailedLoginException.class,
                () -> signIn("nobody", PASSWORD)).getMessage());
    }

    @Test
    public void aRefusedSignInLeavesNoPrincipalBehind() {
        Subject subject = new Subject();
        assertThrows(FailedLoginException.class, () -> new LoginContext(OPERATORS, subject,
                handler("zhou.admin", PASSWORD)).login());
        assertEquals(Set.of(), subject.getPrincipals());
    }

    private static Subject signIn(String user, String password) throws LoginException {
        Subject subject = new Subject();
        new LoginContext(OPERATORS, subject, handler(user, password)).login();
        return subject;
    }

    private static CallbackHandler handler(String user, String password) {
        return callbacks -> {
            for (var callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName(user);
                } else if (callback instanceof PasswordCallback secret) {
                    secret.setPassword(password.toCharArray());
                }
            }
        };
    }

    /** Stands in for Karaf's properties realm: a Karaf administrator and a hall admin. */
    public static final class KarafRealm implements LoginModule {
        private static final Map<String, Set<String>> ROLES = Map.of("ops", Set.of("admin", "ssh"),
                "zhou.admin", Set.of("halladmin"));

        private Subject subject;
        private CallbackHandler callbacks;
        private final Set<Principal> added = new HashSet<>();
        private String user;

        @Override
        public void initialize(Subject subject, CallbackHandler callbacks, Map<String, ?> sharedState,
                Map<String, ?> options) {
            this.subject = subject;
            this.callbacks = callbacks;
        }

        @Override
        public boolean login() throws LoginException {
            NameCallback name = new NameCallback("user");
            PasswordCallback secret = new PasswordCallback("password", false);
            try {
                callbacks.handle(new Callback[] {name, secret});
            } catch (Exception e) {
                throw new LoginException(e.toString());
            }
            if (!ROLES.containsKey(name.getName()) || !PASSWORD.equals(new String(secret.getPassword()))) {
                throw new FailedLoginException("Password for " + name.getName() + " does not match");
            }
            user = name.getName();
            return true;
        }

        @Override
        public boolean commit() {
            added.add(new UserPrincipal(user));
            ROLES.get(user).forEach(role -> added.add(new RolePrincipal(role)));
            subject.getPrincipals().addAll(added);
            return true;
        }

        @Override
        public boolean abort() {
            return logout();
        }

        @Override
        public boolean logout() {
            subject.getPrincipals().removeAll(added);
            added.clear();
            return true;
        }
    }
}
