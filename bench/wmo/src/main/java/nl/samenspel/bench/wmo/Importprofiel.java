package nl.samenspel.bench.wmo;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.samenspel.bench.steun.Profiel;
import nl.samenspel.bench.steun.Verslag;
import nl.samenspel.invoer.Istandaardbericht;

/**
 * Where the importer's time goes: the chosen imports run R times each (after a warm-up), each timed
 * call under the stack sampler of bench-steun's {@link Profiel}. Every sample is attributed to a stage
 * of the import by the methods on its stack, as in bench/jeugdhulp-import.
 */
final class Importprofiel {

    static final Profiel.Indeling INDELING = new Profiel.Indeling(Importprofiel::stadium, "6", "the measured call", "these runs", false,
            "called from (most frequent 3 callers of the top 5)", 25);

    private Importprofiel() {
    }

    static void meet(Importbench bench, List<Importbench.Meting> imports, int herhalingen, Path uitvoer) throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append("StAX (Istandaardbericht.parser()): ").append(Istandaardbericht.parser()).append("; JVM options: ")
                .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())).append("\n\n");
        for (Importbench.Meting m : imports) {
            bench.meet(m, 0);
            List<String[]> stapels = new ArrayList<>();
            long totaal = 0;
            long gcMs = 0;
            for (int ronde = 1; ronde <= herhalingen; ronde++) {
                Profiel.Sampler[] sampler = new Profiel.Sampler[1];
                Thread ik = Thread.currentThread();
                Importbench.Uitkomst u = bench.meet(m, ronde, () -> sampler[0] = new Profiel.Sampler(ik), () -> sampler[0].close());
                System.out.printf(Locale.ROOT, "# profiled %s round %d: %.2f s (%,.0f rec/s, while sampled)%n", m.titel, ronde, u.seconden(),
                        u.perSeconde());
                totaal += u.nanos();
                gcMs += u.gcMs();
                stapels.addAll(sampler[0].stapels());
            }
            sb.append(Profiel.samenvat(INDELING, m.titel + ", " + herhalingen + " runs", stapels, totaal / 1e9, gcMs));
        }
        System.out.print(sb);
        Verslag.schrijf(uitvoer, sb.toString());
        System.out.println("# written to " + uitvoer.toAbsolutePath());
    }

    /** The stage of one sample of the importing thread, by the methods on its stack (outermost first). */
    static String stadium(List<String> stapel) {
        boolean lees = false;
        boolean controle = false;
        boolean bestaand = false;
        boolean bewaar = false;
        boolean schrijver = false;
        boolean importeer = false;
        for (String f : stapel) {
            lees |= f.startsWith("nl.samenspel.invoer.Invoerbestand.lees");
            controle |= f.startsWith("nl.samenspel.wmo.internal.inlezen.Importdienst.controleer")
                    || f.startsWith("nl.samenspel.wmo.internal.inlezen.Importdienst.stamset")
                    || f.startsWith("nl.samenspel.wmo.internal.controle.");
            bestaand |= f.startsWith("nl.samenspel.wmo.internal.inlezen.Importdienst.bestaand");
            bewaar |= f.startsWith("nl.samenspel.invoer.Importlogboek.bewaar");
            schrijver |= f.startsWith("nl.samenspel.wmo.internal.opslag.WmoOpslag.lambda$toewijzingen");
            importeer |= f.startsWith("nl.samenspel.wmo.internal.inlezen.Importdienst.importeer");
        }
        if (lees) {
            boolean hmac = stapel.stream().anyMatch(f -> f.startsWith("javax.crypto.") || f.startsWith("nl.samenspel.demodata.Pseudoniem")
                    || f.startsWith("com.sun.crypto.") || f.startsWith("sun.security."));
            boolean xml = stapel.stream().anyMatch(f -> f.startsWith("com.sun.org.apache.xerces") || f.startsWith("com.sun.xml.internal.stream")
                    || f.startsWith("javax.xml.stream") || f.startsWith("com.ctc.wstx") || f.startsWith("org.codehaus.stax2"));
            boolean bericht = stapel.stream().anyMatch(f -> f.startsWith("nl.samenspel.invoer.Berichtlezer.")
                    || f.startsWith("nl.samenspel.invoer.Istandaardbericht."));
            boolean csv = stapel.stream().anyMatch(f -> f.startsWith("org.apache.commons.csv") || f.startsWith("nl.samenspel.invoer.CsvBestand"));
            boolean zip = stapel.stream().anyMatch(f -> f.startsWith("java.util.zip"));
            boolean recordlezer = stapel.stream().anyMatch(f -> f.startsWith("nl.samenspel.wmo.internal.invoer.Recordlezer"));
            if (hmac) {
                return "1 read: pseudonym (HMAC-SHA256, Mac.getInstance per BSN)";
            }
            if (recordlezer) {
                return "1 read: fields to records (Recordlezer/Veldlezer: codes, dates, numbers, elfproef)";
            }
            if (xml) {
                return "1 read: XML parser (StAX implementation)";
            }
            if (zip) {
                return "1 read: unzip";
            }
            if (bericht) {
                return "1 read: message reader bookkeeping (Istandaardbericht/Berichtlezer: paths, record maps)";
            }
            if (csv) {
                return "1 read: CSV parsing";
            }
            return "1 read: other (UTF-8 decode, lists)";
        }
        if (bestaand) {
            return "2 checks: what is stored (master data, the file's stored numbers)";
        }
        if (controle) {
            return "2 checks: context + Controle.toewijzingen";
        }
        if (schrijver) {
            return "4 store: JDBC batch insert (Derby)";
        }
        if (bewaar) {
            return "4 store: import log rows + commit (Derby)";
        }
        if (importeer) {
            return "5 importeer: other (records list, register, formaat)";
        }
        return "6 not under Importdienst.importeer";
    }
}
