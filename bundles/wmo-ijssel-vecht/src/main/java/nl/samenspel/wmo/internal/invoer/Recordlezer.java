package nl.samenspel.wmo.internal.invoer;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.invoer.Veldlezer;
import nl.samenspel.invoer.Wijziging;
import nl.samenspel.module.toewijzing.Leveringlezer;
import nl.samenspel.module.toewijzing.StopZorg;
import nl.samenspel.module.toewijzing.Toewijzingsgegevens;
import nl.samenspel.wmo.internal.domein.Codes;
import nl.samenspel.wmo.internal.domein.Ondersteuning;
import nl.samenspel.wmo.internal.domein.Stamgegevens;
import nl.samenspel.wmo.internal.domein.Uitvoeringsvariant;
import nl.samenspel.wmo.internal.domein.Voorziening;

/**
 * Turns one record's fields into a domain record, whatever the file format: CSV lines and iWmo
 * messages both arrive as {@link Veldlezer}s with the CSV column names. Checks what one record can
 * check on its own (the iWmo rules of a single record among them); what needs other records, the
 * master data or the register is {@code Controle}'s work. Returns null when a field was bad.
 */
public final class Recordlezer {

    private static final long MAX_NUMMER = Leveringlezer.MAX_NUMMER;
    private static final Map<String, String> EENHEDEN = Codes.EENHEDEN.stream().collect(Collectors.toMap(e -> e, e -> e));
    private static final Map<String, String> FREQUENTIES = Codes.FREQUENTIES.stream().collect(Collectors.toMap(e -> e, e -> e));
    private static final Map<String, String> REDENEN = Codes.REDENEN_BEEINDIGING.stream().collect(Collectors.toMap(e -> e, e -> e));

    private Recordlezer() {
    }

    public static Stamgegevens.Aanbieder aanbieder(Veldlezer v) {
        String agb = v.agb("agb");
        String naam = v.tekst("naam", true, 200);
        return v.foutloos() ? new Stamgegevens.Aanbieder(agb, naam) : null;
    }

    public static Stamgegevens.Productregel product(Veldlezer v) {
        String categorie = categorie(v, "categorie", true);
        String code = productcode(v, "code", true);
        String omschrijving = v.tekst("omschrijving", true, 200);
        String eenheid = v.uitLijst("eenheid", true, EENHEDEN, "iWmo-eenheid");
        Uitvoeringsvariant variant = v.keuze("uitvoeringsvariant", true, Uitvoeringsvariant::vanCode, Uitvoeringsvariant.codes());
        Voorziening voorziening = v.keuze("voorziening", true, Voorziening::vanCode, Voorziening.codes());
        String groep = v.tekst("kortingsgroep", false, 40);
        LocalDate ingang = v.datum("ingangsdatum", false);
        Wijziging wijziging = v.wijziging(EnumSet.of(Wijziging.CORRECTIE), "een bewuste wijziging met terugwerkende kracht");
        if (v.foutloos() && voorziening == Voorziening.ALGEMEEN && variant == Uitvoeringsvariant.INSPANNINGSGERICHT) {
            // inspanningsgericht is a size per client: an algemene voorziening has no client allocation to size
            v.fout("uitvoeringsvariant", "een algemene voorziening wordt niet per client toegewezen: outputgericht of taakgericht");
        }
        return v.foutloos() ? new Stamgegevens.Productregel(new Stamgegevens.Product(categorie, code, omschrijving,
                new Stamgegevens.Productwaarden(eenheid, variant, voorziening, groep)), ingang, wijziging != null) : null;
    }

    public static Stamgegevens.Tarief tarief(Veldlezer v) {
        String categorie = categorie(v, "categorie", true);
        String code = productcode(v, "code", true);
        LocalDate ingang = v.datum("ingangsdatum", true);
        LocalDate einde = v.datum("einddatum", false);
        Long tarief = v.bedrag("tarief", true);
        Leveringlezer.volgorde(v, ingang, "ingangsdatum", einde, "einddatum");
        return v.foutloos() ? new Stamgegevens.Tarief(categorie, code, ingang, einde, tarief) : null;
    }

    public static Stamgegevens.Contractregel contract(Veldlezer v) {
        String agb = v.agb("agb");
        Long jaar = v.geheel("jaar", true, 1900, 2100);
        Stamgegevens.Contractsoort soort = v.keuze("soort", true, Stamgegevens.Contractsoort::vanCode, Stamgegevens.Contractsoort.codes());
        Long bedrag = v.bedrag("bedrag", true);
        String categorie = categorie(v, "categorie", false);
        String code = productcode(v, "productcode", false);
        String gemeente = v.code("gemeente", false, g -> g.matches("\\d{4}"), "geen CBS-gemeentecode van 4 cijfers");
        Wijziging wijziging = v.wijziging(EnumSet.of(Wijziging.CORRECTIE), "een bewuste wijziging van een begonnen jaar");
        if (v.foutloos() && code != null && categorie == null) {
            v.fout("categorie", "een productcode hoort bij een categorie");
        }
        if (v.foutloos() && soort == Stamgegevens.Contractsoort.TAAKGERICHT && (gemeente == null || code == null)) {
            v.fout(gemeente == null ? "gemeente" : "productcode", "een taakgericht contract is de taak van één gemeente voor één product:"
                    + " gemeente, categorie en productcode zijn verplicht");
        }
        if (v.foutloos() && soort == Stamgegevens.Contractsoort.BESTEDINGSRUIMTE && gemeente != null) {
            v.fout("gemeente", "een bestedingsruimte geldt voor het contract van de regio, niet per gemeente; laat gemeente leeg");
        }
        return v.foutloos() ? new Stamgegevens.Contractregel(new Stamgegevens.Contract(agb, jaar.intValue(), soort, bedrag, categorie, code,
                gemeente), wijziging != null) : null;
    }

    public static Stamgegevens.Budget budget(Veldlezer v) {
        String gemeente = v.gemeente("gemeente");
        Long jaar = v.geheel("jaar", true, 1900, 2100);
        Long budget = v.bedrag("budget", true);
        return v.foutloos() ? new Stamgegevens.Budget(gemeente, jaar.intValue(), budget) : null;
    }

    /**
     * An allocation with the iWmo rules of one record: {@code Budget} and {@code Omvang} exclude each
     * other, a budget needs an einddatum, and the end is not before the start.
     *
     * @param clientkolom {@code bsn} or {@code client}
     * @param pseudoniem  the node's pseudonym maker; called only for a BSN that passed the elfproef
     */
    public static Ondersteuning.Toewijzing toewijzing(Veldlezer v, String clientkolom, Function<Bsn, String> pseudoniem) {
        String gemeente = v.gemeente("gemeente");
        Long nummer = v.geheel("toewijzingnummer", true, 0, MAX_NUMMER);
        String client = v.client(clientkolom, pseudoniem);
        String agb = v.agb("agb");
        String categorie = categorie(v, "categorie", true);
        String code = productcode(v, "productcode", true);
        LocalDate toewijzingsdatum = v.datum("toewijzingsdatum", false);
        LocalDate ingang = v.datum("ingangsdatum", true);
        LocalDate einde = v.datum("einddatum", false);
        Long volume = v.geheel("volume", false, 1, 99_999_999);
        String eenheid = v.uitLijst("eenheid", false, EENHEDEN, "iWmo-eenheid");
        String frequentie = v.uitLijst("frequentie", false, FREQUENTIES, "iWmo-frequentie (WMO757)");
        Long budget = v.geheel("budget", false, 1, 99_999_999_999L);
        LocalDate aanvraagdatum = v.datum("aanvraagdatum", false);
        Boolean minderjarig = minderjarig(v, ingang);
        Wijziging wijziging = Leveringlezer.wijziging(v, "iWmo");
        Leveringlezer.volgorde(v, ingang, "ingangsdatum", einde, "einddatum");
        Leveringlezer.volgorde(v, aanvraagdatum, "aanvraagdatum", toewijzingsdatum != null ? toewijzingsdatum : ingang,
                toewijzingsdatum != null ? "toewijzingsdatum" : "ingangsdatum");
        if (v.foutloos() && budget != null && volume != null) {
            v.fout("budget", "Budget en Omvang sluiten elkaar uit (iWmo): geef een omvang (volume, eenheid, frequentie) of een budget");
        }
        Leveringlezer.omvang(v, volume, eenheid, frequentie, budget, einde);
        return v.foutloos() ? new Ondersteuning.Toewijzing(new Toewijzingsgegevens(gemeente, nummer, client, agb, categorie, code,
                toewijzingsdatum, ingang, einde, volume == null ? null : volume.intValue(), eenheid, frequentie, budget, wijziging), aanvraagdatum,
                minderjarig) : null;
    }

    /**
     * Whether the client is under 18 on the ingangsdatum: given as {@code minderjarig} (ja/nee), or
     * derived from a {@code geboortedatum} that is read here and nowhere kept.
     */
    private static Boolean minderjarig(Veldlezer v, LocalDate ingang) {
        String gegeven = v.code("minderjarig", false, w -> w.equals("ja") || w.equals("nee"), "geen ja of nee");
        LocalDate geboren = v.datum("geboortedatum", false);
        if (gegeven != null) {
            return gegeven.equals("ja");
        }
        if (geboren == null || ingang == null) {
            return null;
        }
        if (geboren.isAfter(ingang)) {
            // the dates are not repeated: they are a birth date
            v.fout("geboortedatum", "geboortedatum ligt na de ingangsdatum");
            return null;
        }
        return Period.between(geboren, ingang).getYears() < 18;
    }

    public static StopZorg stopZorg(Veldlezer v) {
        return Leveringlezer.stopZorg(v, REDENEN, "reden beëindiging uit WMO588");
    }

    /**
     * A declared line with the iWmo rules of one record: the period is exactly one calendar month,
     * and the amount is volume × tarief unless the unit is 83 (euro), where it is the volume itself.
     */
    public static Ondersteuning.Declaratieregel declaratie(Veldlezer v) {
        String gemeente = v.gemeente("gemeente");
        Long nummer = v.geheel("toewijzingnummer", true, 0, MAX_NUMMER);
        String declaratienummer = v.tekst("declaratienummer", true, 12);
        LocalDate begin = v.datum("begindatum", true);
        LocalDate einde = v.datum("einddatum", true);
        Long volume = v.geheel("volume", true, 0, 99_999_999);
        String eenheid = v.uitLijst("eenheid", true, EENHEDEN, "iWmo-eenheid");
        Long tarief = v.bedrag("tarief", false);
        Long bedrag = v.bedrag("bedrag", true);
        String dc = v.code("debetcredit", true, s -> s.equals("D") || s.equals("C"), "geen D (debet) of C (credit)");
        // a WMO323 names the product as well (a CSV line need not): its form is checked; the product paid follows from the allocation
        categorie(v, "categorie", false);
        productcode(v, "productcode", false);
        Leveringlezer.volgorde(v, begin, "begindatum", einde, "einddatum");
        if (v.foutloos() && !(begin.getDayOfMonth() == 1 && einde.equals(YearMonth.from(begin).atEndOfMonth()))) {
            v.fout("einddatum", "een declaratieperiode is precies één kalendermaand (iWmo): van de eerste tot en met de laatste dag");
        }
        if (v.foutloos() && Codes.EENHEID_EURO.equals(eenheid) && volume * 100 != bedrag) {
            v.fout("bedrag", "bij eenheid 83 (euro's) is het bedrag het volume in euro's (volume × 100 eurocent)");
        }
        if (v.foutloos() && !Codes.EENHEID_EURO.equals(eenheid) && tarief != null && volume * tarief != bedrag) {
            // without a tarief on the line, the check is against the product's tariff (Controle)
            v.fout("bedrag", "het ingediende bedrag is niet volume × tarief (iWmo)");
        }
        boolean credit = "C".equals(dc);
        return v.foutloos() ? new Ondersteuning.Declaratieregel(gemeente, nummer, declaratienummer, begin, einde,
                credit ? -volume : volume, eenheid, tarief, credit ? -bedrag : bedrag) : null;
    }

    public static Ondersteuning.Gebruik gebruik(Veldlezer v) {
        String gemeente = v.gemeente("gemeente");
        String agb = v.agb("agb");
        String categorie = categorie(v, "categorie", true);
        String code = productcode(v, "productcode", true);
        YearMonth maand = maand(v, "maand");
        Long deelnemers = v.geheel("deelnemers", true, 0, 10_000_000);
        Long bedrag = v.bedrag("bedrag", true);
        Wijziging wijziging = v.wijziging(EnumSet.of(Wijziging.CORRECTIE), "een bewuste vervanging van een ingelezen maand");
        return v.foutloos() ? new Ondersteuning.Gebruik(gemeente, agb, categorie, code, maand, deelnemers.intValue(), bedrag,
                wijziging != null) : null;
    }

    /** @param clientkolom {@code bsn} or {@code client}; a BSN becomes the pseudonym at once */
    public static Ondersteuning.Deelnemer deelnemer(Veldlezer v, String clientkolom, Function<Bsn, String> pseudoniem) {
        String gemeente = v.gemeente("gemeente");
        String agb = v.agb("agb");
        String categorie = categorie(v, "categorie", true);
        String code = productcode(v, "productcode", true);
        YearMonth maand = maand(v, "maand");
        String client = v.client(clientkolom, pseudoniem);
        return v.foutloos() ? new Ondersteuning.Deelnemer(gemeente, agb, categorie, code, maand, client) : null;
    }

    private static YearMonth maand(Veldlezer v, String veld) {
        String w = v.code(veld, true, m -> m.matches("\\d{4}-\\d{2}"), "geen maand (JJJJ-MM)");
        if (w == null) {
            return null;
        }
        try {
            return YearMonth.parse(w);
        } catch (DateTimeParseException e) {
            v.fout(veld, "die maand bestaat niet");
            return null;
        }
    }

    private static String categorie(Veldlezer v, String veld, boolean verplicht) {
        return v.code(veld, verplicht, Codes::isProductcategorie, "geen iWmo-productcategorie (WMO020: 01 tot en met 18)");
    }

    private static String productcode(Veldlezer v, String veld, boolean verplicht) {
        return v.code(veld, verplicht, Codes::isProductcode, "geen productcode (1 tot 5 hoofdletters of cijfers)");
    }
}
