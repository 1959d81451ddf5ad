package nl.samenspel.beschermdwonen.internal.invoer;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.beschermdwonen.internal.domein.Aanmelding;
import nl.samenspel.beschermdwonen.internal.domein.Codes;
import nl.samenspel.beschermdwonen.internal.domein.Plaatsing;
import nl.samenspel.beschermdwonen.internal.domein.Regels;
import nl.samenspel.beschermdwonen.internal.domein.Voorziening;
import nl.samenspel.invoer.Veldlezer;
import nl.samenspel.invoer.Wijziging;

/**
 * Turns one CSV line into a record, checking what one line can check on its own, including
 * the rule that a full package at home lasts at most six months. Returns null when a field was
 * bad (the error is recorded).
 */
public final class Recordlezer {

    private static final Pattern VOORZIENINGCODE = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final long MAX_NUMMER = 999_999_999_999L;

    private Recordlezer() {
    }

    public static Voorziening.Regel voorziening(Veldlezer v) {
        String code = voorzieningcode(v, "code", true);
        String naam = v.tekst("naam", true, 200);
        String agb = v.agb("agb");
        String gemeente = v.gemeente("vestigingsgemeente");
        Codes.Soort soort = v.keuze("soort", true, c -> Codes.van(Codes.Soort.class, c), Codes.codes(Codes.Soort.class));
        Long capaciteit = v.geheel("capaciteit", true, 0, 100_000);
        LocalDate ingang = v.datum("ingangsdatum", true);
        LocalDate einde = v.datum("einddatum", false);
        if (ingang != null && einde != null && einde.isBefore(ingang)) {
            v.fout("einddatum", "einddatum ligt voor ingangsdatum"); // dates are not repeated: a birth date in the wrong column would be
        }
        Wijziging wijziging = v.wijziging(java.util.EnumSet.of(Wijziging.CORRECTIE), "een bewuste wijziging van voorbije dagen");
        return v.foutloos() ? new Voorziening.Regel(new Voorziening(code, naam, agb, gemeente, soort, capaciteit.intValue(), ingang, einde),
                wijziging != null) : null;
    }

    public static Aanmelding aanmelding(Veldlezer v, String clientkolom, Function<Bsn, String> pseudoniem) {
        String gemeente = v.gemeente("herkomstgemeente");
        Long nummer = v.geheel("aanmeldingnummer", true, 0, MAX_NUMMER);
        String client = v.client(clientkolom, pseudoniem);
        LocalDate datum = v.datum("datum", true);
        Codes.Vorm vorm = v.keuze("vorm", true, c -> Codes.van(Codes.Vorm.class, c), Codes.codes(Codes.Vorm.class));
        Wijziging wijziging = v.wijziging(java.util.EnumSet.of(Wijziging.CORRECTIE), "een bewuste wijziging van een opgeslagen aanmelding");
        return v.foutloos() ? new Aanmelding(gemeente, nummer, client, datum, vorm, wijziging != null) : null;
    }

    public static Plaatsing plaatsing(Veldlezer v, String clientkolom, Function<Bsn, String> pseudoniem) {
        String gemeente = v.gemeente("herkomstgemeente");
        Long nummer = v.geheel("plaatsingnummer", true, 0, MAX_NUMMER);
        String client = v.client(clientkolom, pseudoniem);
        String voorziening = voorzieningcode(v, "voorziening", true);
        Codes.Vorm vorm = v.keuze("vorm", true, c -> Codes.van(Codes.Vorm.class, c), Codes.codes(Codes.Vorm.class));
        LocalDate ingang = v.datum("ingangsdatum", true);
        LocalDate einde = v.datum("einddatum", false);
        Long tarief = v.bedrag("tarief", true);
        Codes.Tariefeenheid eenheid = v.keuze("tariefeenheid", true, c -> Codes.van(Codes.Tariefeenheid.class, c),
                Codes.codes(Codes.Tariefeenheid.class));
        Codes.Eindreden reden = v.keuze("eindreden", false, c -> Codes.van(Codes.Eindreden.class, c), Codes.codes(Codes.Eindreden.class));
        boolean overgangsrecht = janee(v, "overgangsrecht");
        boolean overboeking = janee(v, "overboeking");
        Long aanmelding = v.geheel("aanmelding", false, 0, MAX_NUMMER);
        Wijziging wijziging = v.wijziging(java.util.EnumSet.allOf(Wijziging.class), "einde: alleen het einde wijzigt; correctie: elk veld");
        if (ingang != null && einde != null && einde.isBefore(ingang)) {
            v.fout("einddatum", "einddatum ligt voor ingangsdatum"); // dates are not repeated: a birth date in the wrong column would be
        }
        if (v.foutloos() && (einde == null) != (reden == null)) {
            v.fout("eindreden", einde == null ? "een eindreden hoort bij een einddatum" : "een beëindigde plaatsing heeft een eindreden");
        }
        if (v.foutloos() && vorm == Codes.Vorm.VOLLEDIG_PAKKET_THUIS && einde != null && einde.isAfter(Regels.vptUiterlijk(ingang))) {
            v.fout("einddatum", "volledig pakket thuis duurt hooguit " + Regels.VPT_MAXIMUM_MAANDEN + " maanden: de einddatum ligt"
                    + " later dan " + Regels.VPT_MAXIMUM_MAANDEN + " maanden na de ingangsdatum");
        }
        if (v.foutloos() && overgangsrecht && ingang.isAfter(Regels.OVERGANGSRECHT_EINDE)) {
            v.fout("overgangsrecht", "het overgangsrecht eindigde op " + Regels.OVERGANGSRECHT_EINDE + "; deze plaatsing begint later");
        }
        return v.foutloos() ? new Plaatsing(gemeente, nummer, client, voorziening, null, vorm, ingang, einde, tarief, eenheid, reden,
                overgangsrecht, overboeking, aanmelding, wijziging) : null;
    }

    private static String voorzieningcode(Veldlezer v, String veld, boolean verplicht) {
        return v.code(veld, verplicht, c -> VOORZIENINGCODE.matcher(c).matches(), "geen voorzieningcode (1 tot 20 letters, cijfers of -)");
    }

    private static boolean janee(Veldlezer v, String veld) {
        return "ja".equals(v.code(veld, false, c -> c.equals("ja") || c.equals("nee"), "geen ja of nee"));
    }

}
