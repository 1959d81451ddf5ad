package nl.samenspel.bench.jeugdhulp;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.samenspel.bench.steun.Profiel;
import nl.samenspel.bench.steun.Verslag;

/**
 * Where the importer's time goes: the chosen imports run R times each (after a warm-up), each
 * timed call under the stack sampler of bench-steun's {@link Profiel}; for JW301 also
 * {@code Invoerbestand.lees} alone on the 11 archives. Every sample is attributed to a stage of the
 * import by the methods on its stack.
 */
final class Importprofiel {

    static final Profiel.Indeling INDELING = new Profiel.Indeling(Importprofiel::stadium, "6", "the measured call", "these runs", false,
            "called from (most frequent 3 callers of the top 5)", 25);

    private Importprofiel() {
    }

    static void meet(Importbench bench, List<Importbench.Meting> imports, int herhalingen, Path uitvoer) throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append("StAX (XMLInputFactory.newFactory()): ").append(javax.xml.stream.XMLInputFactory.newFactory().getClass().getName())
                .append("; JVM options: ").append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
                .append("\n\n");
        for (Importbench.Meting m : imports) {
            bench.meet(m, 0);
            List<String[]> stapels = new ArrayList<>();
            long totaal = 0;
            long gcMs = 0;
            for (int ronde = 1; ronde <= herhalingen; ronde++) {
                Profiel.Sampler[] sampler = new Profiel.Sampler[1];
                Thread ik = Thread.currentThread();
                Importbench.Uitkomst u = bench.meet(m, ronde, () -> sampler[0] = new Profiel.Sampler(ik), () -> sampler[0].close());
                System.out.printf(Locale.ROOT, "# profiled %s round %d: %.2f s (%,.0f rec/s, while sampled)%n", m.titel, ronde,
                        u.seconden(), u.perSeconde());
                totaal += u.nanos();
                gcMs += u.gcMs();
                stapels.addAll(sampler[0].stapels());
            }
            sb.append(Profiel.samenvat(INDELING, m.titel + ", " + herhalingen + " runs", stapels, totaal / 1e9, gcMs));
            if (m == Importbench.Meting.JW301) {
                // the reading step alone, where JW301 differs from CSV: more samples, no database in between
                List<Dataset.Bestand> zips = bench.data().jw301;
                bench.leesAlles(zips, null);
                long gc0 = Verslag.gc()[1];
                long ns = 0;
                List<String[]> lees = new ArrayList<>();
                for (int i = 0; i < herhalingen + 1; i++) {
                    try (Profiel.Sampler sampler = new Profiel.Sampler(Thread.currentThread())) {
                        ns += bench.leesAlles(zips, null);
                        lees.addAll(sampler.stapels());
                    }
                }
                sb.append(Profiel.samenvat(INDELING, "JW301 reading alone (Invoerbestand.lees on the 11 zips, " + (herhalingen + 1) + " times)", lees, ns / 1e9,
                        Verslag.gc()[1] - gc0));
            }
        }
        System.out.print(sb);
        Verslag.schrijf(uitvoer, sb.toString());
        System.out.println("# written to " + uitvoer.toAbsolutePath());
    }

    /** The stage of one sample of the importing thread, by the Samenspel methods on its stack (outermost first). */
    static String stadium(List<String> stapel) {
        boolean lees = false;
        boolean controle = false;
        boolean bewaar = false;
        boolean schrijverContext = false;
        boolean importeer = false;
        boolean bestaande = false;
        for (String f : stapel) {
            lees |= f.startsWith("nl.samenspel.invoer.Invoerbestand.lees");
            controle |= f.startsWith("nl.samenspel.jeugdhulp.internal.inlezen.Importdienst.controleer");
            bewaar |= f.startsWith("nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag.bewaar");
            schrijverContext |= f.startsWith("nl.samenspel.jeugdhulp.internal.inlezen.Importdienst.schrijver");
            importeer |= f.startsWith("nl.samenspel.jeugdhulp.internal.inlezen.Importdienst.importeer");
            bestaande |= f.startsWith("nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag.bestaandeToewijzingen");
        }
        if (lees) {
            // also for the reading-alone profile, where Importdienst.importeer is not on the stack
            boolean hmac = stapel.stream().anyMatch(f -> f.startsWith("javax.crypto.") || f.startsWith("nl.samenspel.demodata.Pseudoniem")
                    || f.startsWith("com.sun.crypto.") || f.startsWith("sun.security."));
            boolean xml = stapel.stream().anyMatch(f -> f.startsWith("com.sun.org.apache.xerces") || f.startsWith("com.sun.xml.internal.stream")
                    || f.startsWith("javax.xml.stream") || f.startsWith("com.ctc.wstx") || f.startsWith("org.codehaus.stax2"));
            boolean ijw = stapel.stream().anyMatch(f -> f.startsWith("nl.samenspel.invoer.Berichtlezer.") && !f.endsWith(".lees"));
            boolean csv = stapel.stream().anyMatch(f -> f.startsWith("org.apache.commons.csv"));
            boolean zip = stapel.stream().anyMatch(f -> f.startsWith("java.util.zip"));
            boolean recordlezer = stapel.stream().anyMatch(f -> f.startsWith("nl.samenspel.jeugdhulp.internal.invoer.Recordlezer"));
            if (hmac) {
                return "1 read: pseudonym (HMAC-SHA256, Mac.getInstance per BSN)";
            }
            if (recordlezer) {
                return "1 read: fields to records (Recordlezer/Veldlezer: regex, dates, numbers)";
            }
            if (xml) {
                return "1 read: XML parser (StAX implementation)";
            }
            if (ijw) {
                return "1 read: Berichtlezer bookkeeping (element path strings, record maps)";
            }
            if (csv) {
                return "1 read: CSV parsing (commons-csv)";
            }
            if (zip) {
                return "1 read: unzip";
            }
            return "1 read: other (UTF-8 decode, lists, Berichtlezer maps)";
        }
        if (controle) {
            return "2 checks (context + Controle.toewijzingen)";
        }
        if (schrijverContext) {
            return bestaande ? "3 store: context again, reading every stored TOEWIJZING" : "3 store: context again (stamgegevens)";
        }
        if (bewaar) {
            return "4 store: JDBC batch insert + commit (Derby)";
        }
        if (importeer) {
            return "5 importeer: other (records list, register, formaat)";
        }
        return "6 not under Importdienst.importeer or Invoerbestand.lees";
    }
}
