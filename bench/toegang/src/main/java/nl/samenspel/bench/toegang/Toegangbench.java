package nl.samenspel.bench.toegang;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.bench.steun.Belasting;
import nl.samenspel.bench.steun.Installatie;

/**
 * Access control's price on a read: GET of the same endpoint with HTTP Basic on the current
 * product against without credentials on the product before access control (built from a base
 * ref in the same run by run.sh), 100 concurrent clients on loopback, p50 and p99. See README.md.
 */
public final class Toegangbench {

    static final Toegangsinstallatie.Poorten BASIS_POORTEN = new Toegangsinstallatie.Poorten(28181, 28101, 21099, 24444, 29181, 28443);
    static final Toegangsinstallatie.Poorten HUIDIG_POORTEN = new Toegangsinstallatie.Poorten(28182, 28102, 21100, 24445, 29182, 28444);
    static final String ROLLEN = "lezer,ssh";
    /** The JVMs' places in the CPU figures ({@link Belasting.Samenvatting#jvmS}). */
    static final int BASIS = 0;
    static final int HUIDIG = 1;

    // options
    Path basisTar;
    Path huidigTar;
    Path werk;
    Path pki;
    Path resultaat;
    Path markdown;
    String basisRef = "?";
    String huidigRef = "?";
    String commando = "bench/toegang/run.sh";
    String pad = "/api/v1/regios";
    int clients = 100;
    int perClient = 1000;
    int rondes = 6;
    int opwarmen = 3;
    int rondeMaxS = 50;
    int doorlopendS = 70;
    int startTimeoutS = 300;
    int stopTimeoutS = 90;
    int pauzeMs = 0;
    int opwarmenMax = 10;
    int pogingen = 3;
    int wachtMaxMin = 40;
    boolean profiel = true;

    private final StringBuilder verslag = new StringBuilder();
    private final PrintStream uit = System.out;
    private Toegangsinstallatie basis;
    private Toegangsinstallatie huidig;
    private Belasting belasting;
    private final String wachtwoord = wachtwoord();
    private final Map<String, Fase> fasen = new LinkedHashMap<>();

    /** One measured phase with its CPU figures. */
    record Fase(Last.Uitkomst u, Belasting.Samenvatting cpu, boolean open) {
        double serverCpuMsPerVerzoek() {
            double s = open ? cpu.jvmS(BASIS) : cpu.jvmS(HUIDIG);
            return u.aantal() == 0 ? 0 : 1000 * s / u.aantal();
        }

        double andereServerCpuS() {
            return open ? cpu.jvmS(HUIDIG) : cpu.jvmS(BASIS);
        }
    }

    public static void main(String[] args) throws Exception {
        Toegangbench b = new Toegangbench();
        b.opties(args);
        int rc;
        try {
            rc = b.draai();
        } finally {
            b.opruimen();
        }
        System.exit(rc);
    }

    private void opties(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--klein" -> {
                    perClient = 50;
                    rondes = 2;
                    opwarmen = 1;
                    opwarmenMax = 2;
                    doorlopendS = 0;
                    profiel = false;
                }
                case "--basis" -> basisTar = Path.of(args[++i]).toAbsolutePath();
                case "--huidig" -> huidigTar = Path.of(args[++i]).toAbsolutePath();
                case "--werkmap" -> werk = Path.of(args[++i]).toAbsolutePath();
                case "--pki" -> pki = Path.of(args[++i]).toAbsolutePath();
                case "--resultaat" -> resultaat = Path.of(args[++i]).toAbsolutePath();
                case "--markdown" -> markdown = Path.of(args[++i]).toAbsolutePath();
                case "--basis-ref" -> basisRef = args[++i];
                case "--huidig-ref" -> huidigRef = args[++i];
                case "--commando" -> commando = args[++i];
                case "--pad" -> pad = args[++i];
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--per-client" -> perClient = Integer.parseInt(args[++i]);
                case "--rondes" -> rondes = Integer.parseInt(args[++i]);
                case "--opwarmen" -> opwarmen = Integer.parseInt(args[++i]);
                case "--ronde-max-s" -> rondeMaxS = Integer.parseInt(args[++i]);
                case "--doorlopend-s" -> doorlopendS = Integer.parseInt(args[++i]);
                case "--start-timeout-s" -> startTimeoutS = Integer.parseInt(args[++i]);
                case "--stop-timeout-s" -> stopTimeoutS = Integer.parseInt(args[++i]);
                case "--pauze-ms" -> pauzeMs = Integer.parseInt(args[++i]);
                case "--opwarmen-max" -> opwarmenMax = Integer.parseInt(args[++i]);
                case "--pogingen" -> pogingen = Integer.parseInt(args[++i]);
                case "--wacht-max-min" -> wachtMaxMin = Integer.parseInt(args[++i]);
                case "--geen-profiel" -> profiel = false;
                case "--profiel" -> profiel = true;
                default -> throw new IllegalArgumentException("onbekende optie " + a + " (zie bench/toegang/README.md)");
            }
        }
        if (basisTar == null || huidigTar == null || werk == null || pki == null) {
            throw new IllegalArgumentException("--basis, --huidig, --werkmap en --pki zijn nodig (run.sh zet ze)");
        }
        if (rondeMaxS >= 58) {
            throw new IllegalArgumentException("--ronde-max-s moet onder de 60 s van de aanmeldcache blijven (zie README)");
        }
    }

    private int draai() throws Exception {
        String start = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(Instant.now().atOffset(ZoneOffset.UTC));
        basis = new Toegangsinstallatie("basis", BASIS_POORTEN, werk);
        huidig = new Toegangsinstallatie("huidig", HUIDIG_POORTEN, werk);
        for (Toegangsinstallatie i : List.of(basis, huidig)) {
            for (int p : i.poorten.alle()) {
                if (bezet(p)) {
                    throw new IllegalStateException("poort " + p + " is in gebruik; de bench heeft " + BASIS_POORTEN + " en " + HUIDIG_POORTEN + " nodig");
                }
            }
        }
        voortgang("unpacking both distributions, each into its own directory under " + werk);
        basis.pakUit(basisTar);
        huidig.pakUit(huidigTar);
        if (basis.heeftToegang()) {
            throw new IllegalStateException("the baseline " + basisTar + " has access control (bin/samenspel-gebruiker, samenspel-toegang): not a baseline");
        }
        if (!huidig.heeftToegang()) {
            throw new IllegalStateException("the measured distribution " + huidigTar + " has no access control");
        }
        basis.richtIn(pki);
        huidig.richtIn(pki);
        // the users of the measured product, made with its own tool (salted PBKDF2, 210,000 iterations)
        List<String> gebruikers = new ArrayList<>(List.of("bench-gereed", "bench-opwarmen", "bench-koud", "bench-profiel",
                "bench-profiel-2"));
        for (int p = 1; p <= pogingen; p++) {
            for (int k = 1; k <= rondes; k++) {
                gebruikers.add("bench-" + k + "-" + p);
            }
            gebruikers.add("bench-doorlopend-" + p);
        }
        voortgang("users of the measured product (" + gebruikers.size() + ": " + gebruikers.get(0) + ", ..., " + gebruikers.get(gebruikers.size() - 1)
                + "; roles " + ROLLEN + ") with bin/samenspel-gebruiker");
        for (String g : gebruikers) {
            huidig.gebruiker(g, ROLLEN, wachtwoord);
        }

        belasting = new Belasting(Belasting.Telling.ZONDER_KERNEL, basis::pid, huidig::pid);
        // one after the other: the baseline boots alone, then the measured product
        double bootBasis = boot(basis);
        double bootHuidig = boot(huidig);

        // the same endpoint on both: open on the baseline, 401 without and 200 with credentials on the measured product
        byte[] open = Verbinding.verzoek(basis.poorten.http(), pad, null);
        Verbinding.Antwoord ref = wachtOp(basis, open, 200);
        Verbinding.Antwoord anoniem = Last.enkel(huidig.poorten.http(), Verbinding.verzoek(huidig.poorten.http(), pad, null));
        if (anoniem.status() != 401 || !anoniem.koppen().toLowerCase(Locale.ROOT).contains("www-authenticate: basic realm=\"samenspel\"")) {
            throw new IllegalStateException("measured product: GET " + pad + " without credentials gave " + anoniem.status()
                    + " (expected 401 with WWW-Authenticate Basic realm=\"samenspel\"):\n" + anoniem.koppen());
        }
        Verbinding.Antwoord metGereed = wachtOp(huidig, auth(huidig, "bench-gereed"), 200);
        boolean zelfdeBody = Arrays.equals(ref.body(), metGereed.body());
        if (!zelfdeBody) {
            throw new IllegalStateException("GET " + pad + " gives different bodies: baseline " + ref.body().length + " bytes, measured "
                    + metGereed.body().length + " bytes");
        }
        long body = ref.body().length;
        voortgang(String.format(Locale.ROOT, "checked: baseline answers GET %s without credentials (200), the measured product refuses it (401)"
                + " and answers it with Basic (200); bodies identical (%d bytes); headers %d vs %d bytes", pad, body, ref.kopBytes(), metGereed.kopBytes()));

        long rondeMax = rondeMaxS * 1_000_000_000L;
        long pauze = pauzeMs * 1_000_000L;
        // warm-up (not measured): JIT of both JVMs and of the bench's clients, until both sides' throughput is stable
        // (within 5 % of their previous warm-up round) after at least --opwarmen rounds, at most --opwarmen-max
        double vorigeO = 0;
        double vorigeA = 0;
        for (int w = 1; w <= opwarmenMax; w++) {
            wachtStil();
            Fase fo = fase("opwarmen-open-" + w, true, open, perClient, rondeMax, body, pauze);
            Fase fa = fase("opwarmen-auth-" + w, false, auth(huidig, "bench-opwarmen"), perClient, rondeMax, body, pauze);
            opwarmrondes = w;
            boolean stabiel = !fo.cpu().besmet() && !fa.cpu().besmet() && Math.abs(fo.u().perSeconde() / vorigeO - 1) <= 0.05
                    && Math.abs(fa.u().perSeconde() / vorigeA - 1) <= 0.05;
            vorigeO = fo.u().perSeconde();
            vorigeA = fa.u().perSeconde();
            if (w >= opwarmen && stabiel) {
                opwarmStabiel = true;
                break;
            }
        }
        // a burst of first requests: every client sends one request at the same moment; with credentials that are not in the cache
        // this is what happens at the first login of a shared credential and each time its cache entry has expired (60 s)
        wachtStil();
        Fase burstOpen = fase("burst-open", true, open, 1, rondeMax, body, 0);
        Fase burstAuth = fase("burst-auth-koud", false, auth(huidig, "bench-koud"), 1, rondeMax, body, 0);

        // measured rounds, alternating ABBA so that a drift of the machine falls on both; each authenticated round has its own user,
        // verified once just before the round (one request alone: the cost of a cache miss on an idle server), so that no cache
        // entry expires inside a round (a round lasts at most --ronde-max-s < 60 s). A pair during which another process used the
        // machine (a Maven build, or more than 10 % on average / 40 % in a second) is discarded and measured again.
        List<Fase> openRondes = new ArrayList<>();
        List<Fase> authRondes = new ArrayList<>();
        List<Double> misser = new ArrayList<>();
        for (int k = 1; k <= rondes; k++) {
            boolean openEerst = k % 2 == 1;
            for (int poging = 1; ; poging++) {
                wachtStil();
                Fase fo = null;
                Fase fa = null;
                for (int j = 0; j < 2; j++) {
                    if ((j == 0) == openEerst) {
                        fo = fase("ronde-" + k + "-open" + (poging > 1 ? "-" + poging : ""), true, open, perClient, rondeMax, body, pauze);
                    } else {
                        byte[] v = auth(huidig, "bench-" + k + "-" + poging);
                        long t = System.nanoTime();
                        Verbinding.Antwoord a = Last.enkel(huidig.poorten.http(), v);
                        double ms = (System.nanoTime() - t) / 1e6;
                        if (a.status() != 200) {
                            throw new IllegalStateException("bench-" + k + "-" + poging + ": " + a.status());
                        }
                        fa = fase("ronde-" + k + "-auth" + (poging > 1 ? "-" + poging : ""), false, v, perClient, rondeMax, body, pauze);
                        misser.add(ms);
                    }
                }
                boolean besmet = fo.cpu().besmet() || fa.cpu().besmet();
                if (!besmet || poging == pogingen) {
                    openRondes.add(fo);
                    authRondes.add(fa);
                    if (besmet) {
                        besmetBewaard++;
                    }
                    break;
                }
                weggegooid.add("round " + k + " attempt " + poging + " (" + reden(fo.cpu()) + " / " + reden(fa.cpu()) + ")");
                voortgang("round " + k + " discarded: other processes used the machine (" + reden(fo.cpu()) + " / " + reden(fa.cpu()) + ")");
            }
        }

        // continuous (optional): one user for longer than the cache's 60 s, so exactly one expiry falls inside
        Fase doorOpen = null;
        Fase doorAuth = null;
        if (doorlopendS > 0) {
            long tot = doorlopendS * 1_000_000_000L;
            for (int poging = 1; ; poging++) {
                wachtStil();
                doorOpen = fase("doorlopend-open" + (poging > 1 ? "-" + poging : ""), true, open, Integer.MAX_VALUE / 4, tot, body, pauze);
                byte[] v = auth(huidig, "bench-doorlopend-" + poging);
                if (Last.enkel(huidig.poorten.http(), v).status() != 200) {
                    throw new IllegalStateException("bench-doorlopend-" + poging + " geweigerd");
                }
                doorAuth = fase("doorlopend-auth" + (poging > 1 ? "-" + poging : ""), false, v, Integer.MAX_VALUE / 4, tot, body, pauze);
                boolean besmet = doorOpen.cpu().besmet() || doorAuth.cpu().besmet();
                if (!besmet || poging == pogingen) {
                    if (besmet) {
                        besmetBewaard++;
                    }
                    break;
                }
                weggegooid.add("continuous attempt " + poging + " (" + reden(doorOpen.cpu()) + " / " + reden(doorAuth.cpu()) + ")");
                voortgang("continuous phase discarded: other processes used the machine");
            }
        }

        // where the time goes (optional, on by default): one extra round per side with Java Flight Recorder on that side's JVM
        String profieltekst = null;
        if (profiel) {
            Path jfrMap = (resultaat != null ? resultaat.getParent() : werk).resolve("jfr");
            Files.createDirectories(jfrMap);
            wachtStil();
            Path jo = jfrMap.resolve("open-baseline.jfr");
            Path ja = jfrMap.resolve("authenticated-measured.jfr");
            // Starting JFR in a running JVM deoptimises its compiled code (tried: even a recording without any event takes the
            // throughput from 14,000 to 650 req/s, and it is still at 8,000 after the recording stopped): each side is warmed up
            // again under the recording until its throughput is stable, and only the samples of the round after that are counted
            byte[] vw = auth(huidig, "bench-profiel");
            Fase po = profielRonde(basis, jo, open, body, pauze);
            Instant[] vo = profielVenster;
            Fase pa = profielRonde(huidig, ja, vw, body, pauze);
            Instant[] va = profielVenster;
            double cpuO = 1000 * cpuPerVerzoek(openRondes);
            double cpuA = 1000 * cpuPerVerzoek(authRondes);
            Profiel.Uitslag uo = Profiel.lees(jo, vo[0], vo[1]);
            Profiel.Uitslag ua = Profiel.lees(ja, va[0], va[1]);
            profieltekst = String.format(Locale.ROOT, "where the CPU goes: one extra round per side under JFR (execution samples every 10 ms), after"
                            + " warming up again under the recording (%d / %d rounds); not among the measured rounds (open %.0f req/s, authenticated"
                            + " %.0f req/s in it); shares of the request threads' samples, in us per request of the server CPU per request of the"
                            + " measured rounds (open %.0f us, authenticated %.0f us); recordings in %s%n", profielOpwarm[0], profielOpwarm[1],
                    po.u().perSeconde(), pa.u().perSeconde(), cpuO, cpuA, jfrMap)
                    + Profiel.tekst(uo, cpuO, ua, cpuA);
            profielMd = String.format(Locale.ROOT, " Where the CPU goes (one extra round per side under Java Flight Recorder after warming up again"
                            + " under it; shares of the request threads' samples, times the server CPU per request): the access-control code"
                            + " (`nl.samenspel.toegang`) %.1f %% of the measured product's samples, about %.0f µs of its %.0f µs per request"
                            + " (its `Toegangsfilter` %.1f %%, of which the credential cache %.1f %%; security headers %.1f %%, audit filter %.1f %%);"
                            + " CXF injecting the filters' `@Context` fields on every request %.1f %% (about %.0f µs; open %.1f %%, about %.0f µs);"
                            + " CXF's request filter chain"
                            + " %.1f %% authenticated against %.1f %% open, its response filter chain %.1f %% against %.1f %%.",
                    100 * g(ua, 0), g(ua, 0) * cpuA, cpuA, 100 * g(ua, 1), 100 * g(ua, 2), 100 * g(ua, 9), 100 * g(ua, 8),
                    100 * g(ua, 13), g(ua, 13) * cpuA, 100 * g(uo, 13), g(uo, 13) * cpuO, 100 * g(ua, 11), 100 * g(uo, 11), 100 * g(ua, 12),
                    100 * g(uo, 12));
        }

        Belasting.Monster eindeMeten = belasting.neem();
        String stopBasis = basis.stop(stopTimeoutS);
        String stopHuidig = huidig.stop(stopTimeoutS);

        // ---- the report
        int fouten = fasen.values().stream().mapToInt(f -> f.u().fouten()).sum();
        boolean afgekapt = fasen.values().stream().filter(f -> f.u().naam().startsWith("ronde-")).anyMatch(f -> f.u().afgekapt());
        long[] o = Last.gesorteerd(openRondes.stream().map(Fase::u).toList());
        long[] a = Last.gesorteerd(authRondes.stream().map(Fase::u).toList());
        double r50 = (double) Last.percentiel(a, 0.50) / Last.percentiel(o, 0.50);
        double r99 = (double) Last.percentiel(a, 0.99) / Last.percentiel(o, 0.99);
        double p99auth = Last.percentiel(a, 0.99) / 1e6;
        boolean m50 = r50 <= 1.2;
        boolean m99 = r99 <= 1.2;
        boolean mAbs = p99auth < 50;
        Belasting.Samenvatting c = belasting.tussen(eersteMonster, eindeMeten);
        List<Fase> gemeten = new ArrayList<>(openRondes);
        gemeten.addAll(authRondes);
        if (doorOpen != null) {
            gemeten.add(doorOpen);
            gemeten.add(doorAuth);
        }
        int vreemdGem = (int) Math.round(gemeten.stream().mapToDouble(f -> f.cpu().vreemdGemiddeld() * f.cpu().seconden()).sum()
                / Math.max(1e-9, gemeten.stream().mapToDouble(f -> f.cpu().seconden()).sum()));
        int vreemdMax = gemeten.stream().mapToInt(f -> f.cpu().vreemdHoogst()).max().orElse(0);
        vreemd = new int[] {vreemdGem, vreemdMax};

        r("bench/toegang: authenticated GET against open GET of the same endpoint, %d concurrent clients on loopback", clients);
        r("measured %s; %s", start, machine());
        r("baseline (no access control): %s, built in this run; measured: %s", basisRef, huidigRef);
        r("endpoint GET %s on plain HTTP at 127.0.0.1 on both (no TLS on either side): body %d bytes, identical on both;"
                + " response headers %d bytes (baseline) / %d bytes (measured: + security headers)", pad, body, ref.kopBytes(), metGereed.kopBytes());
        r("load: %d clients, each its own keep-alive connection, closed loop (next request when the answer is read%s);"
                + " %d warm-up rounds per side (%s), then %d measured rounds per side (ABBA) of %d x %d requests, each round bounded to %d s",
                clients, pauzeMs > 0 ? ", then " + pauzeMs + " ms pause" : ", no pause", opwarmrondes,
                opwarmStabiel ? "until both sides' throughput changed by at most 5 %" : "NOT stable after " + opwarmrondes, rondes, clients, perClient,
                rondeMaxS);
        r("credentials: HTTP Basic, a user with role lezer (realm samenspel, PBKDF2-SHA256 210,000 iterations, cache 60 s as shipped);"
                + " every authenticated round its own user, verified once just before the round");
        r("boot to ready (readiness 200 for 2 s): baseline %.1f s, measured %.1f s (one after the other)", bootBasis, bootHuidig);
        r("");
        r("%-34s %9s %8s %8s %8s %8s %8s %9s %12s", "", "requests", "p50 ms", "p90 ms", "p99 ms", "max ms", "mean ms", "req/s", "server CPU/req");
        r(regel("open GET, baseline", openRondes, o));
        r(regel("authenticated GET, measured", authRondes, a));
        r("%-34s %9s %8.2f %8s %8.2f %8s %8.2f %9.2f %9.2f", "ratio authenticated / open", "", r50, "", r99, "", gemiddeld(a) / gemiddeld(o),
                tempo(openRondes) / tempo(authRondes), cpuPerVerzoek(authRondes) / cpuPerVerzoek(openRondes));
        r("");
        r("per round (p50 / p99 ms, req/s):");
        for (int k = 0; k < rondes; k++) {
            Fase fo = openRondes.get(k);
            Fase fa = authRondes.get(k);
            long[] so = Last.gesorteerd(fo.u());
            long[] sa = Last.gesorteerd(fa.u());
            r("  round %d (%s): open %6.2f / %6.2f, %6.0f   auth %6.2f / %6.2f, %6.0f   ratio p50 %.2f, p99 %.2f%s", k + 1,
                    k % 2 == 0 ? "open first" : "auth first", ms(Last.percentiel(so, .5)), ms(Last.percentiel(so, .99)), fo.u().perSeconde(),
                    ms(Last.percentiel(sa, .5)), ms(Last.percentiel(sa, .99)), fa.u().perSeconde(),
                    (double) Last.percentiel(sa, .5) / Last.percentiel(so, .5), (double) Last.percentiel(sa, .99) / Last.percentiel(so, .99),
                    fo.u().afgekapt() || fa.u().afgekapt() ? "  (cut off at the round's time bound)" : "");
        }
        r("");
        double[] m = misser.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        r("cache miss, one request alone on an idle server (new credentials: the realm's PBKDF2): median %.1f ms (%.1f-%.1f, %d requests)",
                m.length == 0 ? 0 : m[m.length / 2], m.length == 0 ? 0 : m[0], m.length == 0 ? 0 : m[m.length - 1], m.length);
        r(burst("burst of %d first requests at once, open".formatted(clients), burstOpen));
        r(burst("burst of %d first requests at once, authenticated, credentials not cached".formatted(clients), burstAuth));
        if (doorOpen != null) {
            r("continuous %d s (one user; its cache entry expires once inside, at about 60 s):", doorlopendS);
            r(doorlopend("open", doorOpen));
            r(doorlopend("authenticated", doorAuth));
            r(traag(doorAuth, Last.percentiel(Last.gesorteerd(doorOpen.u()), .999)));
        }
        if (profieltekst != null) {
            r("");
            r(profieltekst.stripTrailing());
        }
        r("");
        r("targets (authenticated vs open, p50 and p99 over all measured rounds):");
        r("  p50 ratio <= 1.2: %s (%.2f)", m50 ? "met" : "MISSED", r50);
        r("  p99 ratio <= 1.2: %s (%.2f)", m99 ? "met" : "MISSED", r99);
        r("  p99 authenticated < 50 ms: %s (%.2f ms)", mAbs ? "met" : "MISSED", p99auth);
        r("");
        r("CPU over the whole run (%.0f s, %d cores): baseline JVM %.1f s, measured JVM %.1f s, bench JVM (the clients) %.1f s;"
                + " kernel interrupts/softirq/steal %.1f s", c.seconden(), belasting.cores, c.jvmS(BASIS), c.jvmS(HUIDIG), c.benchS(), c.kernelS());
        r("other processes during the measured rounds and continuous phases: %d %% of the machine on average, at most %d %% (1 s samples);"
                + " waited %.1f min in all for a quiet machine; discarded and measured again: %s", vreemdGem, vreemdMax, stilGewacht,
                weggegooid.isEmpty() ? "none" : String.join(", ", weggegooid));
        r("the JVM not being measured (idle beside the other) used %.1f s of CPU during the open rounds (the measured product) and"
                + " %.1f s during the authenticated rounds (the baseline), of %.1f and %.1f s of wall time",
                openRondes.stream().mapToDouble(Fase::andereServerCpuS).sum(), authRondes.stream().mapToDouble(Fase::andereServerCpuS).sum(),
                openRondes.stream().mapToDouble(f -> f.u().wandNanos() / 1e9).sum(), authRondes.stream().mapToDouble(f -> f.u().wandNanos() / 1e9).sum());
        if (besmetBewaard > 0) {
            r("WARNING: %d measured pair(s) were kept although other processes used the machine (no quiet attempt within %d): the figures are"
                    + " skewed. Busy now:\n%s", besmetBewaard, pogingen, Belasting.drukkeProcessen());
        }
        r("errors: %d%s", fouten, fouten == 0 ? "" : " (first: " + fasen.values().stream().map(f -> f.u().eersteFout()).filter(x -> x != null)
                .findFirst().orElse("") + ") - THE RUN IS NOT VALID");
        if (afgekapt) {
            r("NOTE: at least one measured round hit its time bound (--ronde-max-s); its clients sent fewer requests");
        }
        r("%s; %s", stopBasis, stopHuidig);
        schrijf();
        schrijfMarkdown(start, body, ref, metGereed, bootBasis, bootHuidig, openRondes, authRondes, o, a, r50, r99, p99auth, m, burstOpen,
                burstAuth, doorOpen, doorAuth, c);
        return fouten > 0 ? 1 : besmetBewaard > 0 ? 2 : 0;
    }

    private Belasting.Monster eersteMonster;
    private int opwarmrondes;
    private boolean opwarmStabiel;
    private int besmetBewaard;
    private final List<String> weggegooid = new ArrayList<>();
    private int[] vreemd = {0, 0};
    private String profielMd = "";
    private double stilGewacht;

    /**
     * Waits until no Maven build runs and other processes used at most 10 % of the machine over the last 3 s; at most
     * --wacht-max-min minutes over the whole run, then the run is given up.
     */
    private void wachtStil() throws InterruptedException {
        long t0 = System.nanoTime();
        boolean gemeld = false;
        while (true) {
            Belasting.Samenvatting s = belasting.laatste(3);
            if (s.maven() == null && s.vreemdGemiddeld() <= 10 && s.seconden() >= 2) {
                break;
            }
            if (!gemeld && s.seconden() >= 2) {
                voortgang("waiting for a quiet machine (" + reden(s) + ")");
                gemeld = true;
            }
            if (stilGewacht + (System.nanoTime() - t0) / 6e10 > wachtMaxMin) {
                throw new IllegalStateException("the machine was not quiet for " + wachtMaxMin + " min in all (" + reden(s) + "): not measuring");
            }
            Thread.sleep(1_000);
        }
        stilGewacht += (System.nanoTime() - t0) / 6e10;
        if (gemeld) {
            voortgang("quiet again");
        }
    }

    private static String reden(Belasting.Samenvatting s) {
        return (s.maven() != null ? "Maven build pid " + s.maven() + ", " : "") + "other processes " + s.vreemdGemiddeld() + " % on average, "
                + s.vreemdHoogst() + " % at most";
    }

    // ---------------------------------------------------------------------------------------------------------------

    private double boot(Toegangsinstallatie i) throws Exception {
        voortgang("starting " + i.naam + " (bin/karaf server, karaf.base " + i.base + ")");
        long t0 = System.nanoTime();
        i.start();
        byte[] gereed = Verbinding.verzoek(i.poorten.http(), "/api/v1/readiness", null);
        i.wachtTotGereed(t0, Duration.ofSeconds(startTimeoutS), () -> {
            Verbinding.Antwoord a = Last.enkel(i.poorten.http(), gereed);
            return new Installatie.Peil(a.status(), new String(a.body(), StandardCharsets.UTF_8));
        });
        double s = (System.nanoTime() - t0) / 1e9;
        voortgang(String.format(Locale.ROOT, "%s ready after %.1f s (pid %d)", i.naam, s, i.pid()));
        return s;
    }

    /** The endpoint until it answers the expected status with JSON (after a redeploy the JSON provider may lag a moment); 90 s at most. */
    private Verbinding.Antwoord wachtOp(Toegangsinstallatie i, byte[] verzoek, int status) throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        String laatste = "";
        while (System.nanoTime() < deadline) {
            i.moetLeven();
            try {
                Verbinding.Antwoord a = Last.enkel(i.poorten.http(), verzoek);
                laatste = a.status() + " " + a.koppen();
                if (a.status() == status && a.koppen().toLowerCase(Locale.ROOT).contains("content-type: application/json")) {
                    return a;
                }
            } catch (IOException e) {
                laatste = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(i.naam + ": GET " + pad + " gave no " + status + " with JSON within 90 s; last: " + laatste);
    }

    private Fase fase(String naam, boolean open, byte[] verzoek, int perClient, long hooguit, long body, long pauze) throws InterruptedException {
        Toegangsinstallatie i = open ? basis : huidig;
        Belasting.Monster van = belasting.neem();
        if (eersteMonster == null) {
            eersteMonster = van;
        }
        Last.Uitkomst u = Last.fase(naam, i.poorten.http(), verzoek, clients, perClient, hooguit, body, pauze);
        Belasting.Monster tot = belasting.neem();
        Fase f = new Fase(u, belasting.tussen(van, tot), open);
        fasen.put(naam, f);
        long[] s = Last.gesorteerd(u);
        voortgang(String.format(Locale.ROOT, "%-20s %7d requests in %5.1f s, %6.0f/s, p50 %6.2f ms, p99 %7.2f ms, max %8.2f ms%s%s", naam, u.aantal(),
                u.wandNanos() / 1e9, u.perSeconde(), ms(Last.percentiel(s, .5)), ms(Last.percentiel(s, .99)), ms(s.length == 0 ? 0 : s[s.length - 1]),
                u.fouten() > 0 ? ", " + u.fouten() + " ERRORS: " + u.eersteFout() : "", u.afgekapt() && !naam.startsWith("doorlopend") ? " (cut off)" : ""));
        return f;
    }

    private byte[] auth(Toegangsinstallatie i, String gebruiker) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        return Verbinding.verzoek(i.poorten.http(), pad, basic);
    }

    private String regel(String naam, List<Fase> rondes, long[] s) {
        long n = rondes.stream().mapToLong(f -> f.u().aantal()).sum();
        double wand = rondes.stream().mapToDouble(f -> f.u().wandNanos() / 1e9).sum();
        double cpu = rondes.stream().mapToDouble(f -> f.open() ? f.cpu().jvmS(BASIS) : f.cpu().jvmS(HUIDIG)).sum();
        return String.format(Locale.ROOT, "%-34s %9d %8.2f %8.2f %8.2f %8.2f %8.2f %9.0f %9.3f ms", naam, n, ms(Last.percentiel(s, .5)),
                ms(Last.percentiel(s, .9)), ms(Last.percentiel(s, .99)), ms(s.length == 0 ? 0 : s[s.length - 1]), gemiddeld(s), n / wand, 1000 * cpu / n);
    }

    /** The server's CPU per request over rounds (ms): the measured JVM's CPU in those rounds / their requests. */
    private static double cpuPerVerzoek(List<Fase> rondes) {
        long n = rondes.stream().mapToLong(f -> f.u().aantal()).sum();
        double cpu = rondes.stream().mapToDouble(f -> f.open() ? f.cpu().jvmS(BASIS) : f.cpu().jvmS(HUIDIG)).sum();
        return n == 0 ? 0 : 1000 * cpu / n;
    }

    private static double g(Profiel.Uitslag u, int groep) {
        return u.aandeel(Profiel.GROEPEN.get(groep).naam());
    }

    private Instant[] profielVenster;
    private final int[] profielOpwarm = new int[2];

    /**
     * JFR on the side's JVM, warm-up rounds under it until the throughput is within 5 % of the previous round (at least 2, at most
     * --opwarmen-max), then the profiled round (its time window in {@link #profielVenster}), then JFR stopped. For the measured product
     * the profiled round has its own user, verified just before it, so that no cache entry expires inside it.
     */
    private Fase profielRonde(Toegangsinstallatie i, Path jfr, byte[] verzoek, long body, long pauze) throws Exception {
        boolean open = i == basis;
        long rondeMax = rondeMaxS * 1_000_000_000L;
        wachtStil();
        Profiel.start(i.pid(), jfr);
        double vorige = 0;
        int w = 1;
        for (; w <= opwarmenMax; w++) {
            Fase f = fase("profiel-opwarmen-" + (open ? "open-" : "auth-") + w, open, verzoek, perClient, rondeMax, body, pauze);
            boolean stabiel = Math.abs(f.u().perSeconde() / vorige - 1) <= 0.05;
            vorige = f.u().perSeconde();
            if (w >= 2 && stabiel) {
                break;
            }
        }
        profielOpwarm[open ? 0 : 1] = Math.min(w, opwarmenMax);
        byte[] v = verzoek;
        if (!open) {
            v = auth(huidig, "bench-profiel-2");
            Last.enkel(huidig.poorten.http(), v);
        }
        wachtStil();
        Instant van = Instant.now();
        Fase f = fase(open ? "profiel-open" : "profiel-auth", open, v, 4 * perClient, rondeMax, body, pauze);
        profielVenster = new Instant[] {van, Instant.now()};
        Profiel.stop(i.pid());
        return f;
    }

    private static double tempo(List<Fase> rondes) {
        return rondes.stream().mapToLong(f -> f.u().aantal()).sum() / rondes.stream().mapToDouble(f -> f.u().wandNanos() / 1e9).sum();
    }

    private static double gemiddeld(long[] s) {
        return s.length == 0 ? 0 : Arrays.stream(s).average().orElse(0) / 1e6;
    }

    private static String burst(String naam, Fase f) {
        long[] s = Last.gesorteerd(f.u());
        return String.format(Locale.ROOT, "%s: p50 %.1f ms, max %.1f ms (%d requests; the phase took %.0f ms with waking the client threads)",
                naam, ms(Last.percentiel(s, .5)), ms(s.length == 0 ? 0 : s[s.length - 1]), f.u().aantal(), f.u().wandNanos() / 1e6);
    }

    private static String doorlopend(String naam, Fase f) {
        long[] s = Last.gesorteerd(f.u());
        long boven = Arrays.stream(s).filter(x -> x > 100_000_000L).count();
        return String.format(Locale.ROOT, "  %-14s %8d requests, %6.0f/s, p50 %6.2f ms, p99 %6.2f ms, p99.9 %7.2f ms, max %8.1f ms, %d above 100 ms",
                naam, f.u().aantal(), f.u().perSeconde(), ms(Last.percentiel(s, .5)), ms(Last.percentiel(s, .99)), ms(Last.percentiel(s, .999)),
                ms(s.length == 0 ? 0 : s[s.length - 1]), boven);
    }

    /** The seconds of a continuous phase whose slowest request took more than 100 ms and more than 3x the open phase's p99.9. */
    private static String traag(Fase f, long openP999) {
        long drempel = Math.max(100_000_000L, 3 * openP999);
        Map<Long, long[]> perSeconde = new java.util.TreeMap<>();
        long[] lat = f.u().latenties();
        long[] st = f.u().starts();
        for (int i = 0; i < lat.length; i++) {
            long[] v = perSeconde.computeIfAbsent(st[i] / 1_000_000_000L, k -> new long[3]);
            v[0]++;
            if (lat[i] > drempel) {
                v[1]++;
            }
            v[2] = Math.max(v[2], lat[i]);
        }
        List<String> r = new ArrayList<>();
        perSeconde.forEach((s, v) -> {
            if (v[2] > drempel) {
                r.add(String.format(Locale.ROOT, "second %d: %d requests, %d above %.0f ms, slowest %.0f ms", s, v[0], v[1], drempel / 1e6, v[2] / 1e6));
            }
        });
        return "  slow seconds of the authenticated run: " + (r.isEmpty() ? "none" : String.join("; ", r.subList(0, Math.min(8, r.size()))));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void schrijfMarkdown(String start, long body, Verbinding.Antwoord ref, Verbinding.Antwoord met, double bootBasis, double bootHuidig,
                                 List<Fase> openRondes, List<Fase> authRondes, long[] o, long[] a, double r50, double r99, double p99auth,
                                 double[] misser, Fase burstOpen, Fase burstAuth, Fase doorOpen, Fase doorAuth, Belasting.Samenvatting c)
            throws IOException {
        if (markdown == null) {
            return;
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Measured %s, %s. Command: `%s`. Baseline: %s, built in the same run; measured: %s."
                        + " `GET %s` (body %d bytes, identical on both) on plain HTTP at 127.0.0.1, %d clients with a keep-alive connection each,"
                        + " closed loop; %d warm-up rounds, then %d x %d requests per round, %d rounds per side alternating (ABBA)."
                        + " Other processes: %d %% of the machine on average, at most %d %%.%n%n",
                start, machine(), commando, basisRef, huidigRef, pad, body, clients, opwarmrondes, clients, perClient, rondes, vreemd[0],
                vreemd[1]));
        md.append("| | requests | p50 ms | p90 ms | p99 ms | max ms | mean ms | req/s | server CPU per request |\n|---|---|---|---|---|---|---|---|---|\n");
        md.append(mdRegel("open GET (baseline, no access control)", openRondes, o));
        md.append(mdRegel("**authenticated GET** (HTTP Basic, cached)", authRondes, a));
        md.append(String.format(Locale.ROOT, "| **ratio authenticated / open** | | **%.2f** | | **%.2f** | | %.2f | %.2f (inverse) | %.2f |%n%n", r50, r99,
                gemiddeld(a) / gemiddeld(o), tempo(openRondes) / tempo(authRondes), cpuPerVerzoek(authRondes) / cpuPerVerzoek(openRondes)));
        md.append(String.format(Locale.ROOT, "Targets: p50 ratio ≤ 1.2: **%s** (%.2f); p99 ratio ≤ 1.2: **%s** (%.2f); p99 < 50 ms: **%s** (%.2f ms).%n%n",
                r50 <= 1.2 ? "met" : "missed", r50, r99 <= 1.2 ? "met" : "missed", r99, p99auth < 50 ? "met" : "missed", p99auth));
        long[] bo = Last.gesorteerd(burstOpen.u());
        long[] ba = Last.gesorteerd(burstAuth.u());
        md.append(String.format(Locale.ROOT, "Cache misses: one request alone with credentials not in the cache, median %.0f ms; %d clients sending"
                        + " their first request at the same moment: open p50 %.1f ms, slowest %.1f ms; authenticated with credentials not yet cached"
                        + " p50 %.0f ms, slowest %.0f ms.", misser.length == 0 ? 0 : misser[misser.length / 2], clients, ms(Last.percentiel(bo, .5)),
                ms(bo[bo.length - 1]), ms(Last.percentiel(ba, .5)), ms(ba[ba.length - 1])));
        if (doorOpen != null) {
            long[] dO = Last.gesorteerd(doorOpen.u());
            long[] dA = Last.gesorteerd(doorAuth.u());
            md.append(String.format(Locale.ROOT, " Continuous %d s with one user (one cache expiry inside): open p99 %.2f ms, p99.9 %.2f ms, max %.0f ms;"
                            + " authenticated p99 %.2f ms, p99.9 %.2f ms, max %.0f ms, %d requests above 100 ms.", doorlopendS, ms(Last.percentiel(dO, .99)),
                    ms(Last.percentiel(dO, .999)), ms(dO[dO.length - 1]), ms(Last.percentiel(dA, .99)), ms(Last.percentiel(dA, .999)),
                    ms(dA[dA.length - 1]), Arrays.stream(dA).filter(x -> x > 100_000_000L).count()));
        }
        md.append(profielMd);
        md.append('\n');
        Files.createDirectories(markdown.getParent());
        Files.writeString(markdown, md.toString(), StandardCharsets.UTF_8);
    }

    private static String mdRegel(String naam, List<Fase> rondes, long[] s) {
        long n = rondes.stream().mapToLong(f -> f.u().aantal()).sum();
        double wand = rondes.stream().mapToDouble(f -> f.u().wandNanos() / 1e9).sum();
        double cpu = rondes.stream().mapToDouble(f -> f.open() ? f.cpu().jvmS(BASIS) : f.cpu().jvmS(HUIDIG)).sum();
        return String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.1f | %.2f | %,.0f | %.0f µs |%n", naam, n, ms(Last.percentiel(s, .5)),
                ms(Last.percentiel(s, .9)), ms(Last.percentiel(s, .99)), ms(s.length == 0 ? 0 : s[s.length - 1]), gemiddeld(s), n / wand, 1e6 * cpu / n);
    }

    private String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException e) {
            // no /proc
        }
        return String.format(Locale.ROOT, "%d cores (nproc; %s), %s %s", Runtime.getRuntime().availableProcessors(), cpu,
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static boolean bezet(int poort) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), poort), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String wachtwoord() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private void r(String format, Object... args) {
        String s = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        verslag.append(s).append('\n');
    }

    private void voortgang(String s) {
        uit.println("# " + DateTimeFormatter.ofPattern("HH:mm:ss").format(Instant.now().atOffset(ZoneOffset.UTC)) + " " + s);
        uit.flush();
    }

    private void schrijf() throws IOException {
        uit.println();
        uit.print(verslag);
        uit.flush();
        if (resultaat != null) {
            Files.createDirectories(resultaat.getParent());
            Files.writeString(resultaat, verslag.toString(), StandardCharsets.UTF_8);
        }
    }

    /** Whatever happened: both JVMs stopped (SIGTERM, SIGKILL after the deadline). */
    private void opruimen() {
        if (belasting != null) {
            belasting.close();
        }
        for (Toegangsinstallatie i : new Toegangsinstallatie[] {basis, huidig}) {
            if (i != null && i.draait()) {
                voortgang(i.stop(stopTimeoutS));
            }
        }
    }
}
