package nl.samenspel.toegang.internal;

import nl.samenspel.testsupport.Testklok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Rol;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.ldap.LDAPCache;
import org.apache.karaf.jaas.modules.ldap.LDAPLoginModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm's LDAP backend as configured for Active Directory: Karaf's own LDAPLoginModule, with
 * the options {@link SamenspelRealm#ldapOpties} makes, against an in-memory directory.
 */
class LdapRealmTest {

    private static final String BASIS = "dc=gemeente,dc=nl";
    private static final String ZOEKER = "cn=samenspel-zoeker,ou=diensten," + BASIS;
    private static final String ZOEKER_WACHTWOORD = "zoek-wachtwoord-2026";

    private static InMemoryDirectoryServer server;

    @BeforeAll
    static void start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASIS);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
        config.addAdditionalBindCredentials(ZOEKER, ZOEKER_WACHTWOORD);
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASIS, "objectClass: top", "objectClass: domain", "dc: gemeente");
        server.add("dn: ou=mensen," + BASIS, "objectClass: top", "objectClass: organizationalUnit", "ou: mensen");
        server.add("dn: ou=groepen," + BASIS, "objectClass: top", "objectClass: organizationalUnit", "ou: groepen");
        persoon("carla", "Controller-wachtwoord-1");
        persoon("bert", "Beheer-wachtwoord-1");
        persoon("geen", "Geen-groep-wachtwoord-1");
        persoon("ander", "Andere-groep-wachtwoord-1");
        persoon("slim", "Slimme-groep-wachtwoord-1");
        groep("GG-Samenspel-Control", "carla");
        groep("GG-Samenspel-Beheer", "bert");
        groep("GG-Iets-Anders", "ander", "carla");
        // a group outside the mapping whose name is a role name (Karaf passes unmapped group names through)
        groep("beheerder", "slim");
        server.startListening();
    }

    private static void persoon(String uid, String wachtwoord) throws Exception {
        server.add("dn: uid=" + uid + ",ou=mensen," + BASIS, "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + uid, "sn: " + uid, "userPassword: " + wachtwoord);
    }

    private static void groep(String cn, String... leden) throws Exception {
        List<String> regels = new ArrayList<>(List.of("dn: cn=" + cn + ",ou=groepen," + BASIS, "objectClass: top",
                "objectClass: groupOfNames", "cn: " + cn));
        for (String lid : leden) {
            regels.add("member: uid=" + lid + ",ou=mensen," + BASIS);
        }
        server.add(regels.toArray(new String[0]));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.shutDown(true);
        }
    }

    @AfterEach
    void leegCache() {
        LDAPCache.clear();
    }

    /** The PID's properties as configuration admin hands them to the realm: ldap.* and the rest. */
    private static Map<String, Object> eigenschappen() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("backend", "ldap");
        e.put("maxFouten", 5);
        e.put("ldap.connection.url", "ldap://127.0.0.1:" + server.getListenPort());
        e.put("ldap.connection.username", ZOEKER);
        e.put("ldap.connection.password", ZOEKER_WACHTWOORD);
        e.put("ldap.user.base.dn", "ou=mensen," + BASIS);
        e.put("ldap.user.filter", "(uid=%u)");
        e.put("ldap.user.search.subtree", true);
        e.put("ldap.role.base.dn", "ou=groepen," + BASIS);
        e.put("ldap.role.filter", "(member=%fqdn)");
        e.put("ldap.role.name.attribute", "cn");
        e.put("ldap.role.search.subtree", true);
        e.put("ldap.role.mapping", "GG-Samenspel-Beheer=beheerder,ssh;GG-Samenspel-Control=controller");
        e.put("ldap.authentication", "simple");
        return e;
    }

    private static Configuration configuratie(List<AppConfigurationEntry> modules) {
        return new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String naam) {
                return SamenspelRealm.NAAM.equals(naam) ? modules.toArray(new AppConfigurationEntry[0]) : null;
            }
        };
    }

    private static AppConfigurationEntry ldap() {
        return ldap(eigenschappen());
    }

    private static AppConfigurationEntry ldap(Map<String, Object> eigenschappen) {
        return new AppConfigurationEntry(LDAPLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED,
                SamenspelRealm.ldapOpties(eigenschappen));
    }

    private static Set<String> samenspelrollen(Set<String> rollen) {
        return Arrays.stream(Rol.values()).map(Rol::naam).filter(rollen::contains).collect(Collectors.toSet());
    }

    private static CallbackHandler handler(String gebruiker, String wachtwoord) {
        return callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof NameCallback n) {
                    n.setName(gebruiker);
                } else if (c instanceof PasswordCallback p) {
                    p.setPassword(wachtwoord.toCharArray());
                } else {
                    throw new UnsupportedCallbackException(c);
                }
            }
        };
    }

    private static Subject meldAan(String gebruiker, String wachtwoord, List<AppConfigurationEntry> modules) throws LoginException {
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal("rest", "192.0.2.10"));
        new LoginContext(SamenspelRealm.NAAM, subject, handler(gebruiker, wachtwoord), configuratie(modules)).login();
        return subject;
    }

    private static Set<String> rollen(Subject subject) {
        return subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName).collect(Collectors.toSet());
    }

    @Test
    void ldapOptiesZonderPrefixEnAlsTekst() {
        Map<String, Object> opties = SamenspelRealm.ldapOpties(eigenschappen());

        assertThat(opties).containsEntry("connection.url", "ldap://127.0.0.1:" + server.getListenPort())
                .containsEntry("user.search.subtree", "true")
                .containsEntry("role.mapping", "GG-Samenspel-Beheer=beheerder,ssh;GG-Samenspel-Control=controller")
                .doesNotContainKeys("backend", "maxFouten", "ldap.connection.url");
        assertThat(opties.values()).allSatisfy(w -> assertThat(w).isInstanceOf(String.class));
    }

    @Test
    void ldapOptiesZonderConnectionUrlWeigert() {
        Map<String, Object> zonder = eigenschappen();
        zonder.remove("ldap.connection.url");

        assertThatThrownBy(() -> SamenspelRealm.ldapOpties(zonder)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ldap.connection.url");
    }

    @Test
    void controllerUitDeGroepKrijgtDeRolController() throws Exception {
        Subject subject = meldAan("carla", "Controller-wachtwoord-1", List.of(ldap()));

        assertThat(subject.getPrincipals(UserPrincipal.class)).extracting(UserPrincipal::getName).containsExactly("carla");
        assertThat(subject.getPrincipals(RolePrincipal.class)).extracting(RolePrincipal::getName).contains("controller");
        assertThat(samenspelrollen(rollen(subject))).containsExactly("controller");
        assertThat(Bevoegdheid.VEREVENING_DEFINITIEF.toegestaanVoor(rollen(subject))).isTrue();
        assertThat(Bevoegdheid.AUDIT.toegestaanVoor(rollen(subject))).isFalse();
    }

    @Test
    void beheerderKrijgtBeheerderEnSsh() throws Exception {
        Set<String> rollen = rollen(meldAan("bert", "Beheer-wachtwoord-1", List.of(ldap())));

        assertThat(rollen).containsExactlyInAnyOrder("beheerder", "ssh");
        assertThat(Bevoegdheid.AUDIT.toegestaanVoor(rollen)).isTrue();
        assertThat(Bevoegdheid.VEREVENING_DEFINITIEF.toegestaanVoor(rollen)).isFalse();
    }

    @Test
    void gebruikerZonderGroepMeldtAanMaarMagNiets() throws Exception {
        Set<String> rollen = rollen(meldAan("geen", "Geen-groep-wachtwoord-1", List.of(ldap())));

        assertThat(rollen).isEmpty();
        alleRechtenGeweigerd(rollen);
    }

    @Test
    void gebruikerInAlleenAndereGroepenHeeftGeenSamenspelrol() throws Exception {
        Set<String> rollen = rollen(meldAan("ander", "Andere-groep-wachtwoord-1", List.of(ldap())));

        assertThat(samenspelrollen(rollen)).isEmpty();
        alleRechtenGeweigerd(rollen);
    }

    @Test
    void rolfilterBeperktTotDeSamenspelgroepenLaatGeenOngemapteGroepDoor() throws Exception {
        // Karaf hands an unmapped group's own name out as a role, so a directory group called
        // "beheerder" would be the role beheerder; a role filter limited to the mapped groups closes that
        Map<String, Object> eigenschappen = eigenschappen();
        eigenschappen.put("ldap.role.filter", "(&(member=%fqdn)(cn=GG-Samenspel-*))");

        Set<String> slim = rollen(meldAan("slim", "Slimme-groep-wachtwoord-1", List.of(ldap(eigenschappen))));
        LDAPCache.clear();
        Set<String> carla = rollen(meldAan("carla", "Controller-wachtwoord-1", List.of(ldap(eigenschappen))));

        assertThat(slim).isEmpty();
        alleRechtenGeweigerd(slim);
        assertThat(carla).containsExactly("controller");
    }

    private static void alleRechtenGeweigerd(Set<String> rollen) {
        assertThat(Arrays.stream(Bevoegdheid.values()).filter(b -> b.soort() == Bevoegdheid.Soort.ROLLEN))
                .isNotEmpty()
                .allSatisfy(b -> assertThat(b.toegestaanVoor(rollen)).as(b.name()).isFalse());
    }

    @Test
    void verkeerdWachtwoordFaalt() {
        assertThatThrownBy(() -> meldAan("carla", "Fout-wachtwoord-1", List.of(ldap()))).isInstanceOf(LoginException.class);
        assertThatThrownBy(() -> meldAan("bestaat-niet", "Fout-wachtwoord-1", List.of(ldap()))).isInstanceOf(LoginException.class);
        assertThatThrownBy(() -> meldAan("carla", "", List.of(ldap()))).isInstanceOf(LoginException.class);
    }

    @Test
    void aanmeldtellerVoorDeLdapModuleTeltEnBlokkeert() throws Exception {
        List<Auditregel> audit = new ArrayList<>();
        Aanmeldbewaking bewaking = new Aanmeldbewaking(new Aanmeldpogingen(2, 20, Duration.ofMinutes(5), Duration.ofMinutes(5)),
                audit::add, new Testklok());
        List<AppConfigurationEntry> realm = List.of(
                new AppConfigurationEntry(Aanmeldteller.class.getName(), LoginModuleControlFlag.REQUISITE,
                        Map.of(Aanmeldteller.BEWAKING, bewaking)),
                ldap());

        assertThat(samenspelrollen(rollen(meldAan("carla", "Controller-wachtwoord-1", realm)))).containsExactly("controller");
        assertThatThrownBy(() -> meldAan("carla", "Fout-wachtwoord-1", realm)).isInstanceOf(LoginException.class);
        assertThatThrownBy(() -> meldAan("carla", "Fout-wachtwoord-2", realm)).isInstanceOf(LoginException.class);
        // locked now: even the right password is refused without asking the directory
        assertThatThrownBy(() -> meldAan("carla", "Controller-wachtwoord-1", realm)).isInstanceOf(LoginException.class);

        assertThat(bewaking.geblokkeerd("carla", "")).isPresent();
        assertThat(audit).extracting(Auditregel::actie, Auditregel::resultaat).containsExactly(
                tuple("aanmelding rest", 401),
                tuple("aanmelding rest", 401),
                tuple("aanmelding rest geblokkeerd", 429),
                tuple("aanmelding rest", 429));
        assertThat(audit).extracting(Auditregel::herkomst).containsOnly("192.0.2.10");
    }
}
