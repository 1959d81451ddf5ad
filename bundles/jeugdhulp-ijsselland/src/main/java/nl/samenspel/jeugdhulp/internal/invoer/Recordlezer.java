package nl.samenspel.jeugdhulp.internal.invoer;

import nl.samenspel.invoer.Veldlezer;
import nl.samenspel.invoer.Wijziging;
import java.util.EnumSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.jeugdhulp.internal.domein.Codes;
import nl.samenspel.jeugdhulp.internal.domein.Inkoop;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.jeugdhulp.internal.domein.Uitvoeringsvariant;
import nl.samenspel.jeugdhulp.internal.domein.Verwijzer;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;
import nl.samenspel.module.toewijzing.Leveringlezer;
import nl.samenspel.module.toewijzing.StopZorg;
import nl.samenspel.module.toewijzing.Toewijzingsgegevens;

/**
 * Turns one record's fields into a domain record, whatever the file format: CSV lines and
 * iJw messages both arrive as {@link Veldlezer}s with the CSV column names. Checks what one
 * record can check on its own; what needs other records or the register is
 * {@code Controle}'s work. Returns null when a field was bad (the error is recorded).
 */
public final class Recordlezer {

    private static final long MAX_NUMMER = Leveringlezer.MAX_NUMMER;

    private Recordlezer() {
    }

    public static Stamgegevens.Aanbieder aanbieder(Veldlezer v) {
        String agb = v.agb("agb");
        String naam = v.tekst("naam", true, 200);
        return v.foutloos() ? new Stamgegevens.Aanbieder(agb, naam) : null;
    }

    public static Stamgegevens.Productregel product(Veldlezer v) {
        String categorie = categorie(v);
        String code = productcode(v, "code");
        String omschrijving = v.tekst("omschrijving", true, 200);
        String eenheid = v.uitLijst("eenheid", true, Codes.EENHEDEN, "iJw-eenheid");
        Uitvoeringsvariant variant = v.keuze("uitvoeringsvariant", true, Uitvoeringsvariant::vanCode,
                Arrays.stream(Uitvoeringsvariant.values()).map(Uitvoeringsvariant::code).toList());
        Inkoop inkoop = v.keuze("inkoop", true, Inkoop::vanCode, Arrays.stream(Inkoop.values()).map(Inkoop::code).toList());
        String groep = v.tekst("kortingsgroep", false, 40);
        LocalDate ingang = v.datum("ingangsdatum", false);
        Wijziging wijziging = v.wijziging(EnumSet.of(Wijziging.CORRECTIE), "een bewuste wijziging met terugwerkende kracht");
        return v.foutloos() ? new Stamgegevens.Productregel(new Stamgegevens.Product(categorie, code, omschrijving, eenheid, variant, inkoop,
                groep), ingang, wijziging != null) : null;
    }

    public static Stamgegevens.Tarief tarief(Veldlezer v) {
        String categorie = categorie(v);
        String code = productcode(v, "code");
        LocalDate ingang = v.datum("ingangsdatum", true);
        LocalDate einde = v.datum("einddatum", false);
        Long tarief = v.bedrag("tarief", true);
        Leveringlezer.volgorde(v, ingang, "ingangsdatum", einde, "einddatum");
        return v.foutloos() ? new Stamgegevens.Tarief(categorie, code, ingang, einde, tarief) : null;
    }

    public static Stamgegevens.Contractregel contract(Veldlezer v) {
        String agb = v.agb("agb");
        Long jaar = v.geheel("jaar", true, 1900, 2100);
        Long plafond = v.bedrag("budgetplafond", true);
        Wijziging wijziging = v.wijziging(EnumSet.of(Wijziging.CORRECTIE), "een bewuste wijziging van een begonnen jaar");
        return v.foutloos() ? new Stamgegevens.Contractregel(new Stamgegevens.Contract(agb, jaar.intValue(), plafond), wijziging != null) : null;
    }

    public static Stamgegevens.Budget budget(Veldlezer v) {
        String gemeente = v.gemeente("gemeente");
        Long jaar = v.geheel("jaar", true, 1900, 2100);
        Long totaal = v.bedrag("totaal", true);
        Long regionaal = v.bedrag("regionaal", true);
        Long lokaal = v.bedrag("lokaal", true);
        if (v.foutloos() && totaal != regionaal + lokaal) {
            // the amounts are not repeated: a number in the wrong column could be a BSN
            v.fout("totaal", "totaal is niet de som van regionaal en lokaal");
        }
        return v.foutloos() ? new Stamgegevens.Budget(gemeente, jaar.intValue(), totaal, regionaal, lokaal) : null;
    }

    /**
     * @param clientkolom {@code bsn} or {@code client}
     * @param pseudoniem  the node's pseudonym maker; called only for a BSN that passed the elfproef
     */
    public static Zorg.Toewijzing toewijzing(Veldlezer v, String clientkolom, Function<Bsn, String> pseudoniem) {
        String gemeente = v.gemeente("gemeente");
        Long nummer = v.geheel("toewijzingnummer", true, 0, MAX_NUMMER);
        String client = v.client(clientkolom, pseudoniem);
        String agb = v.agb("agb");
        String categorie = categorie(v);
        String code = productcode(v, "productcode");
        LocalDate toewijzingsdatum = v.datum("toewijzingsdatum", false);
        LocalDate ingang = v.datum("ingangsdatum", true);
        LocalDate einde = v.datum("einddatum", false);
        Long volume = v.geheel("volume", false, 1, 99_999_999);
        String eenheid = v.uitLijst("eenheid", false, Codes.EENHEDEN, "iJw-eenheid");
        String frequentie = v.uitLijst("frequentie", false, Codes.FREQUENTIES, "iJw-frequentie");
        Long budget = v.geheel("budget", false, 1, 99_999_999_999L);
        LocalDate aanmelddatum = v.datum("aanmelddatum", false);
        Verwijzer verwijzer = v.keuze("verwijzer", false, Verwijzer::vanCode,
                Arrays.stream(Verwijzer.values()).map(Verwijzer::code).toList());
        Wijziging wijziging = Leveringlezer.wijziging(v, "iJw");
        Leveringlezer.volgorde(v, ingang, "ingangsdatum", einde, "einddatum");
        Leveringlezer.volgorde(v, aanmelddatum, "aanmelddatum", ingang, "ingangsdatum");
        Leveringlezer.omvang(v, volume, eenheid, frequentie, budget, einde);
        return v.foutloos() ? new Zorg.Toewijzing(new Toewijzingsgegevens(gemeente, nummer, client, agb, categorie, code, toewijzingsdatum,
                ingang, einde, volume == null ? null : volume.intValue(), eenheid, frequentie, budget, wijziging), aanmelddatum, verwijzer) : null;
    }

    public static StopZorg stopZorg(Veldlezer v) {
        return Leveringlezer.stopZorg(v, Codes.REDENEN_BEEINDIGING, "iJw-reden beëindiging");
    }

    public static Zorg.Declaratieregel declaratie(Veldlezer v) {
        String gemeente = v.gemeente("gemeente");
        Long nummer = v.geheel("toewijzingnummer", true, 0, MAX_NUMMER);
        String declaratienummer = v.tekst("declaratienummer", true, 12);
        LocalDate begin = v.datum("begindatum", true);
        LocalDate einde = v.datum("einddatum", true);
        Long bedrag = v.bedrag("bedrag", true);
        String dc = v.code("debetcredit", true, s -> s.equals("D") || s.equals("C"), "geen D (debet) of C (credit)");
        // a JW323 names the product as well (a CSV line does not): its form is checked, so nothing else is accepted there;
        // which product is paid follows from the allocation
        v.code("categorie", false, Codes::isProductcategorie, "geen jeugdhulp-productcategorie (40 tot en met 55)");
        v.code("productcode", false, Codes::isProductcode, "geen productcode (1 tot 5 letters of cijfers)");
        Leveringlezer.volgorde(v, begin, "begindatum", einde, "einddatum");
        return v.foutloos() ? new Zorg.Declaratieregel(gemeente, nummer, declaratienummer, begin, einde,
                "C".equals(dc) ? -bedrag : bedrag) : null;
    }

    private static String categorie(Veldlezer v) {
        return v.code("categorie", true, Codes::isProductcategorie, "geen jeugdhulp-productcategorie (40 tot en met 55)");
    }

    private static String productcode(Veldlezer v, String veld) {
        return v.code(veld, true, Codes::isProductcode, "geen productcode (1 tot 5 letters of cijfers)");
    }
}
