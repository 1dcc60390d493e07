package org.parkhall.core.internal.staff;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The JAAS realm {@value #NAME}: the accounts of the Karaf realm that hold Karaf's administrator role, and no
 * others. Karaf's JMX connector signs in through it ({@code jmxRealm} in {@code etc/org.apache.karaf.management.cfg}),
 * because Karaf 4.4 lets any account with a role use JMX and has no setting that names the role it needs.
 */
@Component(service = JaasRealm.class)
public final class OperatorRealm implements JaasRealm {
    static final String NAME = "parkhall-operators";

    private final AppConfigurationEntry entry;

    @Activate
    public OperatorRealm(BundleContext context) {
        // Karaf's proxy loads the module from this bundle, as Karaf's own realm loads its modules from jaas.modules.
        entry = new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, Map.of(
                ProxyLoginModule.PROPERTY_MODULE, OperatorLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId())));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return new AppConfigurationEntry[] {entry};
    }
}
