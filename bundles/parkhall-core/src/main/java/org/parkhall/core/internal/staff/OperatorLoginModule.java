package org.parkhall.core.internal.staff;

import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * Signs in to the Karaf realm and keeps the sign-in only for an account that holds {@value #ROLE}. A wrong password
 * and a right one for an account without the role fail alike, so this realm does not tell a hall account's
 * password, whose guesses the console would have locked out.
 */
public final class OperatorLoginModule implements LoginModule {
    static final String ROLE = "admin";

    private Subject subject;
    private CallbackHandler callbacks;
    private LoginContext karaf;

    @Override
    public void initialize(Subject subject, CallbackHandler callbacks, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbacks;
    }

    @Override
    public boolean login() throws LoginException {
        LoginContext context = new LoginContext(StaffService.REALM, subject, callbacks);
        try {
            context.login();
        } catch (LoginException e) {
            throw refused();
        }
        if (subject.getPrincipals(RolePrincipal.class).stream().noneMatch(role -> role.getName().equals(ROLE))) {
            context.logout();
            throw refused();
        }
        karaf = context;
        return true;
    }

    @Override
    public boolean commit() {
        return true;
    }

    @Override
    public boolean abort() throws LoginException {
        return logout();
    }

    @Override
    public boolean logout() throws LoginException {
        if (karaf != null) {
            karaf.logout();
            karaf = null;
        }
        return true;
    }

    private static LoginException refused() {
        return new FailedLoginException("login failed");
    }
}
