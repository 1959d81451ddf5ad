package nl.samenspel.toegang.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.ldap.LDAPLoginModule;
import org.apache.karaf.jaas.modules.properties.PropertiesLoginModule;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The JAAS realm {@code samenspel}: the users and roles of the REST API, the SSH console and JMX.
 * Two login modules: the {@link Aanmeldteller} (lockout and the audit of failures), then the
 * backend, Karaf's own {@code PropertiesLoginModule} over a file of salted PBKDF2 hashes
 * ({@link Pbkdf2Versleuteling}) or Karaf's {@code LDAPLoginModule} for Active Directory. Which is
 * configuration only (PID {@code nl.samenspel.toegang}, docs/security.md).
 */
@Component(service = JaasRealm.class, configurationPid = ToegangConfig.PID)
@Designate(ocd = ToegangConfig.class)
public class SamenspelRealm implements JaasRealm {

    public static final String NAAM = "samenspel";
    private static final String LDAP_PREFIX = "ldap.";

    private final AppConfigurationEntry[] entries;

    @Activate
    public SamenspelRealm(BundleContext context, ToegangConfig config, Map<String, Object> eigenschappen,
                          @Reference Aanmeldbewaking bewaking) {
        this.entries = new AppConfigurationEntry[] {
            entry(context, context.getBundle().getBundleId(), Aanmeldteller.class.getName(), LoginModuleControlFlag.REQUISITE,
                    Map.of(Aanmeldteller.BEWAKING, bewaking)),
            backend(context, config, eigenschappen)
        };
    }

    private static AppConfigurationEntry backend(BundleContext context, ToegangConfig config, Map<String, Object> eigenschappen) {
        switch (config.backend().strip()) {
            case "bestand": {
                Map<String, Object> opties = new HashMap<>();
                opties.put("users", vervang(config.gebruikersbestand(), context));
                opties.put("encryption.enabled", "true");
                opties.put("encryption.name", Pbkdf2Versleuteling.NAAM);
                opties.put("encryption.prefix", "{CRYPT}");
                opties.put("encryption.suffix", "{CRYPT}");
                return entry(context, FrameworkUtil.getBundle(PropertiesLoginModule.class).getBundleId(),
                        PropertiesLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, opties);
            }
            case "ldap":
                return entry(context, FrameworkUtil.getBundle(LDAPLoginModule.class).getBundleId(), LDAPLoginModule.class.getName(),
                        LoginModuleControlFlag.REQUIRED, ldapOpties(eigenschappen));
            default:
                throw new IllegalArgumentException(ToegangConfig.PID + ": backend '" + config.backend() + "' onbekend; kies bestand of ldap");
        }
    }

    /** The {@code ldap.*} keys without their prefix, as Strings (Karaf's LDAP module casts every option to String). */
    static Map<String, Object> ldapOpties(Map<String, Object> eigenschappen) {
        Map<String, Object> opties = new LinkedHashMap<>();
        eigenschappen.forEach((sleutel, waarde) -> {
            if (sleutel.startsWith(LDAP_PREFIX) && waarde != null) {
                opties.put(sleutel.substring(LDAP_PREFIX.length()), String.valueOf(waarde));
            }
        });
        if (!opties.containsKey("connection.url")) {
            throw new IllegalArgumentException(ToegangConfig.PID + ": backend ldap zonder ldap.connection.url");
        }
        return opties;
    }

    private static AppConfigurationEntry entry(BundleContext context, long bundel, String module, LoginModuleControlFlag vlag,
                                               Map<String, ?> eigen) {
        Map<String, Object> opties = new HashMap<>(eigen);
        opties.put(BundleContext.class.getName(), context);
        opties.put(ProxyLoginModule.PROPERTY_MODULE, module);
        opties.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(bundel));
        return new AppConfigurationEntry(ProxyLoginModule.class.getName(), vlag, opties);
    }

    private static String vervang(String pad, BundleContext context) {
        String etc = context.getProperty("karaf.etc");
        return etc == null ? pad : pad.replace("${karaf.etc}", etc);
    }

    @Override
    public String getName() {
        return NAAM;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
