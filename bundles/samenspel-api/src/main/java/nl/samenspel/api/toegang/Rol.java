package nl.samenspel.api.toegang;

import nl.samenspel.api.code.Gecodeerd;

/**
 * The roles of Samenspel, by their Dutch names. A user may hold several. What each may do is
 * {@link Bevoegdheid}'s table; the same names serve the hub and a node, where a node's
 * {@code beheerder} runs its imports and exchange and its {@code lezer} reads its statements.
 */
public enum Rol implements Gecodeerd {
    BEHEERDER("Functioneel beheer: register, imports, tariefkortingen, auditlog; op een knooppunt ook de uitwisseling"),
    CONTROLLER("Vereveningsruns, vergelijkingen en exports maken; een run van een ander definitief maken"),
    LEZER("Alleen lezen: monitoring en vereveningsruns; op een knooppunt de eigen afrekeningen");

    private final String omschrijving;

    Rol(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** The name as the realm (users file, LDAP group mapping, token claim) gives it: its {@link #code()}. */
    public String naam() {
        return code();
    }

    public String omschrijving() {
        return omschrijving;
    }
}
