package nl.samenspel.api.toegang;

import static nl.samenspel.api.toegang.Rol.BEHEERDER;
import static nl.samenspel.api.toegang.Rol.CONTROLLER;
import static nl.samenspel.api.toegang.Rol.LEZER;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one table of who may do what. Every REST operation names one of these with
 * {@link Toegang}; an operation that names none is refused to everyone, so a forgotten
 * declaration fails closed. The tests that walk every operation and {@code docs/security.md}
 * are checked against this table, not against the annotations.
 *
 * <p>{@link #leesAudit()} marks the reads of per-client or per-gemeente financial data: those
 * are written to the audit log (BIO2 8.15), as is every request that changes state.
 */
public enum Bevoegdheid {
    OPENBAAR("Openbaar: OpenAPI-document, gereedheid en levendigheid, zonder gegevens", Soort.OPENBAAR, false),
    UITWISSELING("De uitwisseling: een knooppunt met zijn certificaat (tweezijdig TLS), alleen op de uitwisselingspoort",
            Soort.CERTIFICAAT, false),
    REGISTER_LEZEN("Register, gemeenten, regio's en knooppunten lezen", Soort.ROLLEN, false, BEHEERDER, CONTROLLER, LEZER),
    REGISTER_BEHEREN("Het register herladen en regio-indelingen controleren", Soort.ROLLEN, false, BEHEERDER),
    INVOER("Bestanden inlezen, het importlogboek en de ingelezen toewijzingen per gemeente lezen", Soort.ROLLEN, false, BEHEERDER),
    GEGEVENS_LEZEN("Opgeslagen gegevens per record lezen (plaatsingen, aanmeldingen, voorzieningen, toewijzingen), zonder cliënt",
            Soort.ROLLEN, true, BEHEERDER, CONTROLLER),
    STAMGEGEVENS_LEZEN("Aanbieders, producten, tarieven, contracten, budgetten en tariefkortingen lezen", Soort.ROLLEN, true,
            BEHEERDER, CONTROLLER, LEZER),
    TARIEFKORTINGEN("Tariefkortingen vastleggen", Soort.ROLLEN, false, BEHEERDER),
    MONITORING("Monitoring van de modules lezen (budgetten, kosten, plafonds, wachttijden, spreiding)", Soort.ROLLEN, true,
            CONTROLLER, LEZER),
    VEREVENING_LEZEN("Vereveningsruns, afrekeningen per gemeente en vergelijkingen lezen en exporteren", Soort.ROLLEN, true,
            CONTROLLER, LEZER),
    VEREVENING_REKENEN("Vereveningsruns en vergelijkingen maken", Soort.ROLLEN, false, CONTROLLER),
    VEREVENING_DEFINITIEF("Een run definitief maken; nooit door wie de run maakte (vier ogen)", Soort.ROLLEN, false, CONTROLLER),
    AUDIT("Het auditlog lezen en de keten controleren", Soort.ROLLEN, false, BEHEERDER),
    UITWISSELING_VOLGEN("De uitwisseling volgen: op een knooppunt de wachtrij en fouten, op de hub per knooppunt wat het leverde,"
            + " wat geweigerd werd en wanneer het afrekeningen ophaalde", Soort.ROLLEN, false, BEHEERDER),
    AFREKENINGEN("De afrekeningen van dit knooppunt lezen", Soort.ROLLEN, true, LEZER),
    EIGEN_BIJDRAGE("De start-stoplijst eigen bijdrage voor het CAK lezen: per cliëntpseudoniem, voor de gemeente zelf", Soort.ROLLEN, true,
            BEHEERDER),
    SESSIE("De eigen sessie van het dashboard lezen en beëindigen (afmelden)", Soort.ROLLEN, false, BEHEERDER, CONTROLLER, LEZER),
    METRIEKEN("Metrieken voor de monitoring lezen (Prometheus-formaat; tellingen en tijden, geen gegevens van cliënten)", Soort.ROLLEN,
            false, BEHEERDER);

    /** How a request proves it may use an operation. */
    public enum Soort {
        /** Anyone, without credentials. */
        OPENBAAR,
        /** A node's client certificate on the exchange port; no user. */
        CERTIFICAAT,
        /** An authenticated user or token holding one of the roles. */
        ROLLEN
    }

    private final String omschrijving;
    private final Soort soort;
    private final boolean leesAudit;
    private final Set<Rol> rollen;

    Bevoegdheid(String omschrijving, Soort soort, boolean leesAudit, Rol... rollen) {
        this.omschrijving = omschrijving;
        this.soort = soort;
        this.leesAudit = leesAudit;
        EnumSet<Rol> set = EnumSet.noneOf(Rol.class);
        Collections.addAll(set, rollen);
        this.rollen = Collections.unmodifiableSet(set);
    }

    public String omschrijving() {
        return omschrijving;
    }

    public Soort soort() {
        return soort;
    }

    /** Whether a read under this right is written to the audit log (per-client or per-gemeente financial data). */
    public boolean leesAudit() {
        return leesAudit;
    }

    /** The roles that hold this right; empty for {@link Soort#OPENBAAR} and {@link Soort#CERTIFICAAT}. */
    public Set<Rol> rollen() {
        return rollen;
    }

    /**
     * The right an operation declares: its method's {@link Toegang}, else its class's; null when neither declares one
     * (refused to everyone). The one reading of the annotation, for the access filter and the OpenAPI document alike.
     */
    public static Bevoegdheid verklaard(java.lang.reflect.Method methode, Class<?> klasse) {
        Toegang t = methode == null ? null : methode.getAnnotation(Toegang.class);
        if (t == null && klasse != null) {
            t = klasse.getAnnotation(Toegang.class);
        }
        return t == null ? null : t.value();
    }

    /** Whether a user with these role names may use an operation under this right. */
    public boolean toegestaanVoor(Set<String> rolnamen) {
        return soort == Soort.ROLLEN && rollen.stream().anyMatch(r -> rolnamen.contains(r.naam()));
    }
}
