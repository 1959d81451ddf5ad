package nl.samenspel.demodata;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Command line: {@code jeugdhulp --uit <map> [--aantal 2500] [--seed 2016] [--sleutel <bestand>] [--xml]},
 * {@code beschermd-wonen --uit <map> [--periode 2015-2017|2025] [--aantal 1500] [--voorzieningen 40]
 * [--seed 2016] [--sleutel <bestand>]} or {@code wmo --uit <map> [--aantal 1500] [--seed 2016]
 * [--sleutel <bestand>] [--xml]} ({@code --aantal}: allocations for jeugdhulp, placements for
 * beschermd-wonen, clients for wmo). Exit code 2 on wrong arguments, 1 when writing fails.
 */
public final class Main {

    static final String GEBRUIK = "usage: java -jar samenspel-demodata.jar jeugdhulp --uit <map> "
            + "[--aantal 2500] [--seed 2016] [--sleutel <bestand>] [--xml]";
    static final String GEBRUIK_BESCHERMD_WONEN = "usage: java -jar samenspel-demodata.jar beschermd-wonen --uit <map> "
            + "[--periode 2015-2017|2025] [--aantal 1500] [--voorzieningen 40] [--seed 2016] [--sleutel <bestand>]";
    static final String GEBRUIK_WMO = "usage: java -jar samenspel-demodata.jar wmo --uit <map> "
            + "[--aantal 1500] [--seed 2016] [--sleutel <bestand>] [--xml]";

    /** Parsed command line of the jeugdhulp dataset. */
    record Opties(Path uit, int aantal, long seed, Path sleutel, boolean xml) {
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(voerUit(args, System.out, System.err));
    }

    static int voerUit(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && BeschermdWonenOpties.DATASET.equals(args[0])) {
            return voerBeschermdWonenUit(args, out, err);
        }
        if (args.length > 0 && WmoOpties.DATASET.equals(args[0])) {
            return voerWmoUit(args, out, err);
        }
        return schrijf(() -> lees(args), gebruik -> {
            gebruik.println(GEBRUIK);
            if (args.length == 0 || !"jeugdhulp".equals(args[0])) {
                gebruik.println(GEBRUIK_BESCHERMD_WONEN);
                gebruik.println(GEBRUIK_WMO);
            }
        }, Opties::uit, opties -> {
            byte[] sleutel = opties.sleutel() == null ? null : JeugdhulpDemo.leesSleutel(opties.sleutel());
            JeugdhulpDemo demo = JeugdhulpDemo.genereer(opties.seed(), opties.aantal());
            demo.schrijfCsv(opties.uit(), sleutel);
            if (opties.xml()) {
                demo.schrijfXml(opties.uit());
            }
            samenvatting(jeugdhulpBestanden(opties.uit(), opties.xml()), out);
        }, err);
    }

    private static int voerBeschermdWonenUit(String[] args, PrintStream out, PrintStream err) {
        return schrijf(() -> BeschermdWonenOpties.lees(args), gebruik -> gebruik.println(GEBRUIK_BESCHERMD_WONEN), BeschermdWonenOpties::uit,
                opties -> {
                    byte[] sleutel = opties.sleutel() == null ? null : JeugdhulpDemo.leesSleutel(opties.sleutel());
                    BeschermdWonenDemo.genereer(opties.seed(), opties.periode(), opties.aantal(), opties.voorzieningen())
                            .schrijfCsv(opties.uit(), sleutel);
                    for (String naam : BeschermdWonenCsv.BESTANDEN) {
                        rijen(opties.uit().resolve(naam), out);
                    }
                }, err);
    }

    private static int voerWmoUit(String[] args, PrintStream out, PrintStream err) {
        return schrijf(() -> WmoOpties.lees(args), gebruik -> gebruik.println(GEBRUIK_WMO), WmoOpties::uit, opties -> {
            byte[] sleutel = opties.sleutel() == null ? null : Pseudoniem.leesSleutel(opties.sleutel());
            WmoDemo demo = WmoDemo.genereer(opties.seed(), opties.aantal());
            demo.schrijfCsv(opties.uit(), sleutel);
            if (opties.xml()) {
                demo.schrijfXml(opties.uit());
            }
            samenvatting(wmoBestanden(opties.uit(), opties.xml()), out);
        }, err);
    }

    /** Writes a dataset with its options. */
    @FunctionalInterface
    private interface Schrijver<O> {
        void schrijf(O opties) throws IOException;
    }

    /**
     * One dataset's run, the same for each: options that cannot be read give their message and the
     * usage (exit 2); a value the generator refuses gives its message (exit 2); a failed write names
     * the folder (exit 1).
     */
    private static <O> int schrijf(Supplier<O> lezer, Consumer<PrintStream> gebruik, Function<O, Path> uit, Schrijver<O> schrijver,
                                   PrintStream err) {
        O opties;
        try {
            opties = lezer.get();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            gebruik.accept(err);
            return 2;
        }
        try {
            schrijver.schrijf(opties);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("writing " + uit.apply(opties) + " failed: " + e);
            return 1;
        }
    }

    static Opties lees(String[] args) {
        if (args.length == 0 || !"jeugdhulp".equals(args[0])) {
            throw new IllegalArgumentException(args.length == 0 ? "no dataset given" : "unknown dataset: " + args[0]);
        }
        Path uit = null;
        int aantal = 2500;
        long seed = 2016;
        Path sleutel = null;
        boolean xml = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--uit" -> uit = Path.of(waarde(args, ++i, "--uit"));
                case "--aantal" -> aantal = getal(waarde(args, ++i, "--aantal"), "--aantal");
                case "--seed" -> seed = langGetal(waarde(args, ++i, "--seed"), "--seed");
                case "--sleutel" -> sleutel = Path.of(waarde(args, ++i, "--sleutel"));
                case "--xml" -> xml = true;
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        if (uit == null) {
            throw new IllegalArgumentException("--uit <map> is required");
        }
        if (aantal < 1 || aantal > 1_000_000) {
            throw new IllegalArgumentException("--aantal must be 1..1000000");
        }
        return new Opties(uit, aantal, seed, sleutel, xml);
    }

    static String waarde(String[] args, int i, String optie) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(optie + " needs a value");
        }
        return args[i];
    }

    static int getal(String tekst, String optie) {
        try {
            return Integer.parseInt(tekst);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(optie + " needs a whole number: " + tekst);
        }
    }

    static long langGetal(String tekst, String optie) {
        try {
            return Long.parseLong(tekst);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(optie + " needs a whole number: " + tekst);
        }
    }

    private static List<Path> jeugdhulpBestanden(Path map, boolean xml) {
        List<Path> bestanden = new ArrayList<>();
        for (String naam : JeugdhulpCsv.BESTANDEN) {
            bestanden.add(map.resolve(naam));
        }
        if (xml) {
            for (Gemeente g : Gemeente.IJSSELLAND) {
                for (String bericht : JeugdhulpXml.BERICHTEN) {
                    bestanden.add(map.resolve(bericht + "-" + g.code() + ".zip"));
                }
            }
        }
        return bestanden;
    }

    private static List<Path> wmoBestanden(Path map, boolean xml) {
        List<Path> bestanden = new ArrayList<>();
        for (String naam : WmoCsv.BESTANDEN) {
            bestanden.add(map.resolve(naam));
        }
        if (xml) {
            for (Gemeente g : WmoRegio.alleGemeenten()) {
                for (String bericht : WmoXml.BERICHTEN) {
                    bestanden.add(map.resolve(WmoXml.archief(bericht, g)));
                }
            }
        }
        return bestanden;
    }

    /** One line per file written: data rows of a CSV, messages in a ZIP. */
    private static void samenvatting(List<Path> bestanden, PrintStream out) throws IOException {
        for (Path p : bestanden) {
            if (p.toString().endsWith(".csv")) {
                rijen(p, out);
            } else {
                try (ZipFile zip = new ZipFile(p.toFile())) {
                    out.printf("%-24s %7d messages%n", p.getFileName(), zip.size());
                }
            }
        }
    }

    /** Data rows of a CSV: its lines without the header. */
    private static void rijen(Path csv, PrintStream out) throws IOException {
        long rijen;
        try (Stream<String> regels = Files.lines(csv)) {
            rijen = regels.count() - 1;
        }
        out.printf("%-24s %7d rows%n", csv.getFileName(), rijen);
    }
}
