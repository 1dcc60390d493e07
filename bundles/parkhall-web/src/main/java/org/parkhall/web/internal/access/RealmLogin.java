package org.parkhall.web.internal.access;

import java.security.Principal;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;
import org.parkhall.api.HallException;
import org.parkhall.api.StaffDirectory;

/**
 * Checks a user name and password against the Karaf JAAS realm, taking the same steps for every name. Karaf's
 * own login reads the password hash only for a name it has, so an unknown name would answer sooner than a wrong
 * password. Here a name without a hall account (unknown, or a Karaf-only account such as {@code admin}, which may
 * not use the hall's pages anyway) is refused without its realm entry being read, after a login for a name no
 * account has and the realm's own hash of the typed password: neither the answer nor its time says which names
 * exist.
 */
final class RealmLogin {
    /** Karaf never signs a group entry ({@code _g_:…}) in, so this login fails as an unknown name's does. */
    private static final String NO_ACCOUNT = "_g_:parkhall-no-account";

    private final String realm;
    /** The realm's hash of a random password, to check the typed one against when the name has no account. */
    private volatile String decoyHash;

    RealmLogin(String realm) {
        this.realm = realm;
    }

    /**
     * The roles of the account when the password is right, empty otherwise. Without the directory (the core
     * restarting) every name goes to the realm as typed.
     */
    Optional<Set<String>> roles(String user, String password, StaffDirectory directory) {
        if (directory != null && !isHallAccount(directory, user)) {
            login(NO_ACCOUNT, password);
            EncryptionSupport encryption = encryption();
            encryption.checkPassword(password, decoyHash(encryption));
            return Optional.empty();
        }
        return login(user, password);
    }

    private static boolean isHallAccount(StaffDirectory directory, String user) {
        try {
            return directory.account(user).isPresent();
        } catch (HallException e) {
            return true; // the realm cannot say now: let the realm's own login decide
        }
    }

    private Optional<Set<String>> login(String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader.
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            login.login();
            return Optional.of(subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                    .collect(Collectors.toUnmodifiableSet()));
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The password hashing the realm's login modules are configured with (etc/org.apache.karaf.jaas.cfg). */
    private EncryptionSupport encryption() {
        AppConfigurationEntry[] entries = Configuration.getConfiguration().getAppConfigurationEntry(realm);
        Map<String, ?> options = entries == null ? Map.of() : Arrays.stream(entries)
                .<Map<String, ?>>map(AppConfigurationEntry::getOptions)
                .filter(entry -> entry.containsKey("encryption.enabled")).findFirst().orElse(Map.of());
        return new EncryptionSupport(options);
    }

    private String decoyHash(EncryptionSupport encryption) {
        String hash = decoyHash;
        if (hash == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            hash = encryption.encrypt(Base64.getEncoder().encodeToString(random));
            decoyHash = hash;
        }
        return hash;
    }
}
