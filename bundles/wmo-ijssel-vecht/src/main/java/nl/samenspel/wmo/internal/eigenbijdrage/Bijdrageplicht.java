package nl.samenspel.wmo.internal.eigenbijdrage;

import nl.samenspel.wmo.internal.domein.Codes;

/**
 * Which provision carries an eigen bijdrage (FACTS.md, "Eigen bijdrage"): a maatwerkvoorziening,
 * except a rolstoel, and for a client under 18 only a woonvoorziening (a woningaanpassing is paid
 * by the household, whoever it is for). An algemene voorziening falls outside the abonnementstarief:
 * the gemeente sets its own bijdrage for it, or none. Beschermd wonen and (spoed)opvang (categories
 * 15-18) carry their own income-dependent bijdrage, collected by the CAK outside the abonnementstarief
 * (Uitvoeringsbesluit Wmo 2015, art. 3.8): they make no one liable for it here.
 *
 * <p>Only what the allocation shows is decided here. The exemptions of the household (a partner below
 * AOW age, a Wlz bijdrage already paid) are not known in the module; they make the revenue an upper
 * bound ({@link Opbrengststatus#BOVENGRENS}) rather than change who is liable here.
 */
public final class Bijdrageplicht {

    private Bijdrageplicht() {
    }

    /** The categories that make no one liable, whatever the product and the client's age. */
    public static final java.util.List<String> NOOIT = java.util.stream.Stream.concat(java.util.stream.Stream.of(Codes.ROLSTOELEN),
            Codes.BW_EN_OPVANG.stream().sorted()).toList();

    /** The only category in which a provision for a minor makes the client liable. */
    public static final String MINDERJARIG_ALLEEN = Codes.WOONVOORZIENINGEN;

    /** Whether this provision, on its own, makes its client liable for the eigen bijdrage. */
    public static boolean geldtVoor(Voorzieningsperiode voorziening) {
        if (!voorziening.maatwerk() || NOOIT.contains(voorziening.categorie())) {
            return false;
        }
        return !voorziening.minderjarig() || MINDERJARIG_ALLEEN.equals(voorziening.categorie());
    }
}
