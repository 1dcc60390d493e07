package org.parkhall.identity.oidc.internal;

import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.IdentityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers OpenID Connect sign-in as the hall's {@link IdentityProvider} {@code oidc} once
 * {@code etc/org.parkhall.identity.oidc.cfg} names the issuer, the client id and its secret; until then (the file
 * as shipped) the hall offers no online sign-in and says so in its log. A changed file replaces the provider.
 */
@Component(configurationPid = "org.parkhall.identity.oidc", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true)
@Designate(ocd = OidcSignIn.Config.class)
public final class OidcSignIn {
    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);
    static final String NAME = "oidc";

    @ObjectClassDefinition(name = "Parkhall OpenID Connect sign-in",
            description = "The province's unified identity (etc/org.parkhall.identity.oidc.cfg)")
    public @interface Config {
        @AttributeDefinition(description = "The provider's issuer; discovery is read from it")
        String issuer() default "";

        @AttributeDefinition(description = "This hall's client id at the provider")
        String clientId() default "";

        @AttributeDefinition(description = "This hall's client secret at the provider (no default)",
                type = AttributeType.PASSWORD)
        String clientSecret() default "";

        @AttributeDefinition(description = "Scopes asked for, openid first")
        String scope() default "openid profile";
    }

    private final BundleContext context;
    private ServiceRegistration<IdentityProvider> registration;

    @Activate
    public OidcSignIn(BundleContext context, Map<String, Object> properties) {
        this.context = context;
        configure(properties);
    }

    @Modified
    synchronized void configure(Map<String, Object> properties) {
        withdraw();
        ConfigurationReader read = new ConfigurationReader(properties);
        Optional<OidcSettings> settings = OidcSettings.read(read);
        read.problems().forEach(problem -> LOG.warn("{}: {} = {} refused: {}", read.file(), problem.key(),
                problem.value(), problem.rule().en()));
        if (settings.isEmpty()) {
            LOG.info("OpenID Connect sign-in is off: set issuer, clientId and clientSecret in {}", read.file());
            return;
        }
        Hashtable<String, Object> service = new Hashtable<>();
        service.put(IdentityProvider.NAME, NAME);
        registration = context.registerService(IdentityProvider.class, new OidcIdentityProvider(settings.get()),
                service);
        LOG.info("OpenID Connect sign-in through {} as client {}", settings.get().issuer(),
                settings.get().clientId());
    }

    @Deactivate
    synchronized void withdraw() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
