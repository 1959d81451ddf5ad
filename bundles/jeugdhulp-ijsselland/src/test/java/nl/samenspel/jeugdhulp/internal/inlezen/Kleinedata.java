package nl.samenspel.jeugdhulp.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.jeugdhulp.internal.monitoring.Monitoring;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;

/**
 * A handful of records written for one boundary each, loaded through the real import at a hub
 * (pseudonyms, no key): six providers with a ceiling of EUR 10,000.00 in 2016 and 2017, a
 * regional product at EUR 100.00 per etmaal and a local one, and a budget for every member.
 */
final class Kleinedata {

    /** Provider of the general cases; {@code 1000000n} for n = 2..6 are the ceiling cases. */
    static final String AGB = "10000001";
    static final long PLAFOND = 1_000_000;
    static final String REGIONAAL = "43;43A01";
    static final String LOKAAL = "45;45A01";
    static final long TARIEF = 10_000;
    static final long BUDGET_REGIONAAL = 5_000_000;
    static final long BUDGET_LOKAAL = 1_000_000;

    private static final String KOP = "gemeente;toewijzingnummer;client;agb;categorie;productcode;ingangsdatum;einddatum;volume;eenheid;"
            + "frequentie;budget;aanmelddatum;verwijzer\n";

    final JeugdhulpOpslag opslag;
    final Importdienst dienst;
    /** The figures over what was loaded. */
    final Monitoring monitoring;

    Kleinedata(Path map) throws Exception {
        opslag = Testomgeving.opslag();
        dienst = new Importdienst(opslag, Testomgeving.registerService(), Testomgeving.REGIO, map, null);
        monitoring = new Monitoring(opslag);
        lees(Importsoort.AANBIEDERS, "agb;naam\n" + agbs().map(a -> a + ";Aanbieder " + a + "\n").collect(Collectors.joining()));
        lees(Importsoort.PRODUCTEN, "categorie;code;omschrijving;eenheid;uitvoeringsvariant;inkoop;kortingsgroep\n"
                + REGIONAAL + ";Verblijf;14;inspanningsgericht;regionaal;\n" + LOKAAL + ";Begeleiding;14;inspanningsgericht;lokaal;\n");
        lees(Importsoort.TARIEVEN, "categorie;code;ingangsdatum;einddatum;tarief\n" + REGIONAAL + ";2015-01-01;;" + TARIEF + "\n"
                + LOKAAL + ";2015-01-01;;" + TARIEF + "\n");
        lees(Importsoort.CONTRACTEN, "agb;jaar;budgetplafond\n" + agbs().flatMap(a -> Stream.of(a + ";2016;" + PLAFOND + "\n",
                a + ";2017;" + PLAFOND + "\n")).collect(Collectors.joining()));
        lees(Importsoort.BUDGETTEN, "gemeente;jaar;totaal;regionaal;lokaal\n" + Testomgeving.REGISTER.ledenInJaar(Testomgeving.REGIO, 2016).stream()
                .flatMap(g -> Stream.of(2016, 2017).map(j -> g.code() + ";" + j + ";" + (BUDGET_REGIONAAL + BUDGET_LOKAAL) + ";"
                        + BUDGET_REGIONAAL + ";" + BUDGET_LOKAAL + "\n")).collect(Collectors.joining()));
    }

    private static Stream<String> agbs() {
        return Stream.of(1, 2, 3, 4, 5, 6).map(n -> "1000000" + n);
    }

    /** A client pseudonym as a node makes them: 64 hex characters. */
    static String client(long n) {
        return String.format("%064x", n);
    }

    /**
     * One allocation line: {@code product} is {@link #REGIONAAL} or {@link #LOKAAL}; volume etmalen per
     * {@code frequentie} (1 per dag, 2 per week); empty strings are absent values.
     */
    static String toewijzing(String gemeente, long nummer, String agb, String product, String ingang, String einde, int volume,
                             String frequentie, String aanmelddatum, String verwijzer) {
        return gemeente + ";" + nummer + ";" + client(nummer) + ";" + agb + ";" + product + ";" + ingang + ";" + einde + ";" + volume
                + ";14;" + frequentie + ";;" + aanmelddatum + ";" + verwijzer + "\n";
    }

    Importresultaat toewijzingen(String... regels) throws Exception {
        return lees(Importsoort.TOEWIJZINGEN, KOP + String.join("", regels));
    }

    /** Lines {@code gemeente;toewijzingnummer;begindatum}. */
    void starts(String... regels) throws Exception {
        lees(Importsoort.START_ZORG, "gemeente;toewijzingnummer;begindatum\n" + String.join("\n", regels) + "\n");
    }

    /** Lines {@code gemeente;toewijzingnummer;declaratienummer;begindatum;einddatum;bedrag;debetcredit}. */
    void declaraties(String... regels) throws Exception {
        lees(Importsoort.DECLARATIES, "gemeente;toewijzingnummer;declaratienummer;begindatum;einddatum;bedrag;debetcredit\n"
                + String.join("\n", regels) + "\n");
    }

    Importresultaat lees(Importsoort soort, String csv) throws Exception {
        Importresultaat r = dienst.importeer(soort, soort.code() + ".csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.fouten()).as(soort.code()).isEmpty();
        return r;
    }
}
