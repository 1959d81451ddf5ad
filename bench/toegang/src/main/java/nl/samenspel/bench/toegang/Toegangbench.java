package nl.samenspel.bench.toegang;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
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

/**
 * Access control's price on a read: GET of the same endpoint with HTTP Basic on the current
 * product against without credentials on the product before access control (built from a base
 * ref in the same run by run.sh), 100 concurrent clients on loopback, p50 and p99. See README.md.
 */
public final class Toegangbench {

    static final Installatie.Poorten BASIS_POORTEN = new Installatie.Poorten(28181, 28101, 21099, 24444, 29181, 28443);
    static final Installatie.Poorten HUIDIG_POORTEN = new Installatie.Poorten(28182, 28102, 21100, 24445, 29182, 28444);
    static final String ROLLEN = "lezer,ssh";

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
    int perClient = 300;
    int rondes = 6;
    int opwarmen = 3;
    int rondeMaxS = 50;
    int doorlopendS = 70;
    int startTimeoutS = 300;
    int stopTimeoutS = 90;
    int pauzeMs = 0;

    private final StringBuilder verslag = new StringBuilder();
    private final PrintStream uit = System.out;
    private Installatie basis;
    private Installatie huidig;
    private Belasting belasting;
    private final String wachtwoord = wachtwoord();
    private final Map<String, Fase> fasen = new LinkedHashMap<>();

    /** One measured phase with its CPU figures. */
    record Fase(Last.Uitkomst u, Belasting.Samenvatting cpu, boolean open) {
        double serverCpuMsPerVerzoek() {
            double s = open ? cpu.basisS() : cpu.huidigS();
            return u.aantal() == 0 ? 0 : 1000 * s / u.aantal();
        }

        double andereServerCpuS() {
            return open ? cpu.huidigS() : cpu.basisS();
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
                    doorlopendS = 0;
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
        basis = new Installatie("basis", BASIS_POORTEN, werk);
        huidig = new Installatie("huidig", HUIDIG_POORTEN, werk);
        for (Installatie i : List.of(basis, huidig)) {
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
        List<String> gebruikers = new ArrayList<>(List.of("bench-gereed", "bench-opwarmen", "bench-koud", "bench-doorlopend"));
        for (int k = 1; k <= rondes; k++) {
            gebruikers.add("bench-" + k);
        }
        voortgang("users of the measured product (" + String.join(", ", gebruikers) + "; roles " + ROLLEN + ") with bin/samenspel-gebruiker");
        for (String g : gebruikers) {
            huidig.gebruiker(g, ROLLEN, wachtwoord);
        }

        belasting = new Belasting(basis::pid, huidig::pid);
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
        // warm-up (not measured): JIT of both JVMs and of the bench's clients
        for (int w = 1; w <= opwarmen; w++) {
            fase("opwarmen-open-" + w, true, open, perClient, rondeMax, body, pauze);
            fase("opwarmen-auth-" + w, false, auth(huidig, "bench-opwarmen"), perClient, rondeMax, body, pauze);
        }
        // a burst of first requests: every client sends one request at the same moment; with credentials that are not in the cache
        // this is what happens at the first login of a shared credential and each time its cache entry has expired (60 s)
        Fase burstOpen = fase("burst-open", true, open, 1, rondeMax, body, 0);
        Fase burstAuth = fase("burst-auth-koud", false, auth(huidig, "bench-koud"), 1, rondeMax, body, 0);

        // measured rounds, alternating ABBA so that a drift of the machine falls on both; each authenticated round has its own user,
        // verified once just before the round (one request alone: the cost of a cache miss on an idle server), so that no cache
        // entry expires inside a round (a round lasts at most --ronde-max-s < 60 s)
        List<Fase> openRondes = new ArrayList<>();
        List<Fase> authRondes = new ArrayList<>();
        List<Double> misser = new ArrayList<>();
        for (int k = 1; k <= rondes; k++) {
            boolean openEerst = k % 2 == 1;
            for (int j = 0; j < 2; j++) {
                if ((j == 0) == openEerst) {
                    openRondes.add(fase("ronde-" + k + "-open", true, open, perClient, rondeMax, body, pauze));
                } else {
                    byte[] v = auth(huidig, "bench-" + k);
                    long t = System.nanoTime();
                    Verbinding.Antwoord a = Last.enkel(huidig.poorten.http(), v);
                    misser.add((System.nanoTime() - t) / 1e6);
                    if (a.status() != 200) {
                        throw new IllegalStateException("bench-" + k + ": " + a.status());
                    }
                    authRondes.add(fase("ronde-" + k + "-auth", false, v, perClient, rondeMax, body, pauze));
                }
            }
        }

        // continuous (optional): one user for longer than the cache's 60 s, so exactly one expiry falls inside
        Fase doorOpen = null;
        Fase doorAuth = null;
        if (doorlopendS > 0) {
            long tot = doorlopendS * 1_000_000_000L;
            doorOpen = fase("doorlopend-open", true, open, Integer.MAX_VALUE / 4, tot, body, pauze);
            byte[] v = auth(huidig, "bench-doorlopend");
            if (Last.enkel(huidig.poorten.http(), v).status() != 200) {
                throw new IllegalStateException("bench-doorlopend geweigerd");
            }
            doorAuth = fase("doorlopend-auth", false, v, Integer.MAX_VALUE / 4, tot, body, pauze);
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
        Belasting.Samenvatting metingCpu = belasting.tussen(eersteMonster, eindeMeten);

        r("bench/toegang: authenticated GET against open GET of the same endpoint, %d concurrent clients on loopback", clients);
        r("measured %s; %s", start, machine());
        r("baseline (no access control): %s, built in this run; measured: %s", basisRef, huidigRef);
        r("endpoint GET %s on plain HTTP at 127.0.0.1 on both (no TLS on either side): body %d bytes, identical on both;"
                + " response headers %d bytes (baseline) / %d bytes (measured: + security headers)", pad, body, ref.kopBytes(), metGereed.kopBytes());
        r("load: %d clients, each its own keep-alive connection, closed loop (next request when the answer is read%s);"
                + " %d warm-up rounds per side, then %d measured rounds per side (ABBA) of %d x %d requests, each round bounded to %d s",
                clients, pauzeMs > 0 ? ", then " + pauzeMs + " ms pause" : ", no pause", opwarmen, rondes, clients, perClient, rondeMaxS);
        r("credentials: HTTP Basic, a user with role lezer (realm samenspel, PBKDF2-SHA256 210,000 iterations, cache 60 s as shipped);"
                + " every authenticated round its own user, verified once just before the round");
        r("boot to ready (readiness 200 for 2 s): baseline %.1f s, measured %.1f s (one after the other)", bootBasis, bootHuidig);
        r("");
        r("%-34s %9s %8s %8s %8s %8s %9s %12s", "", "requests", "p50 ms", "p90 ms", "p99 ms", "max ms", "req/s", "server CPU/req");
        r(regel("open GET, baseline", openRondes, o));
        r(regel("authenticated GET, measured", authRondes, a));
        r("%-34s %9s %8.2f %8s %8.2f", "ratio authenticated / open", "", r50, "", r99);
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
        r("");
        r("targets (authenticated vs open, p50 and p99 over all measured rounds):");
        r("  p50 ratio <= 1.2: %s (%.2f)", m50 ? "met" : "MISSED", r50);
        r("  p99 ratio <= 1.2: %s (%.2f)", m99 ? "met" : "MISSED", r99);
        r("  p99 authenticated < 50 ms: %s (%.2f ms)", mAbs ? "met" : "MISSED", p99auth);
        r("");
        Belasting.Samenvatting c = metingCpu;
        r("CPU over all phases (%.0f s, %d cores): baseline JVM %.1f s, measured JVM %.1f s, bench JVM (the clients) %.1f s;"
                + " other processes %d %% of the machine on average, at most %d %% (1 s samples)", c.seconden(), belasting.cores, c.basisS(),
                c.huidigS(), c.benchS(), c.vreemdGemiddeld(), c.vreemdHoogst());
        r("the JVM not being measured (idle beside the other) used %.1f s of CPU during the open rounds (the measured product) and"
                + " %.1f s during the authenticated rounds (the baseline), of %.1f and %.1f s of wall time",
                openRondes.stream().mapToDouble(Fase::andereServerCpuS).sum(), authRondes.stream().mapToDouble(Fase::andereServerCpuS).sum(),
                openRondes.stream().mapToDouble(f -> f.u().wandNanos() / 1e9).sum(), authRondes.stream().mapToDouble(f -> f.u().wandNanos() / 1e9).sum());
        if (c.vreemdGemiddeld() > 10 || c.vreemdHoogst() > 40) {
            r("WARNING: other processes used the machine during the run; the figures are skewed. Busy now:\n%s", Belasting.drukkeProcessen());
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
        return fouten == 0 ? 0 : 1;
    }

    private Belasting.Monster eersteMonster;

    // ---------------------------------------------------------------------------------------------------------------

    private double boot(Installatie i) throws Exception {
        voortgang("starting " + i.naam + " (bin/karaf server, karaf.base " + i.base + ")");
        long t0 = System.nanoTime();
        i.start();
        wachtTotGereed(i, t0 + startTimeoutS * 1_000_000_000L);
        double s = (System.nanoTime() - t0) / 1e9;
        voortgang(String.format(Locale.ROOT, "%s ready after %.1f s (pid %d)", i.naam, s, i.pid()));
        return s;
    }

    /** GET readiness until 200, and still 200 two seconds later (each resource that appears redeploys the application). */
    private void wachtTotGereed(Installatie i, long deadline) throws InterruptedException {
        byte[] v = Verbinding.verzoek(i.poorten.http(), "/api/v1/readiness", null);
        long gereedSinds = 0;
        String laatste = "no connection";
        while (System.nanoTime() < deadline) {
            i.moetLeven();
            try {
                Verbinding.Antwoord a = Last.enkel(i.poorten.http(), v);
                laatste = a.status() + " " + new String(a.body(), StandardCharsets.UTF_8);
                if (a.status() != 200) {
                    gereedSinds = 0;
                } else if (gereedSinds == 0) {
                    gereedSinds = System.nanoTime();
                } else if (System.nanoTime() - gereedSinds >= 2_000_000_000L) {
                    return;
                }
            } catch (IOException e) {
                gereedSinds = 0;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(i.naam + ": not ready within " + startTimeoutS + " s (last answer: " + laatste + "); see " + i.log()
                + "\n" + i.logstaart());
    }

    /** The endpoint until it answers the expected status with JSON (after a redeploy the JSON provider may lag a moment); 90 s at most. */
    private Verbinding.Antwoord wachtOp(Installatie i, byte[] verzoek, int status) throws InterruptedException {
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
        Installatie i = open ? basis : huidig;
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

    private byte[] auth(Installatie i, String gebruiker) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        return Verbinding.verzoek(i.poorten.http(), pad, basic);
    }

    private String regel(String naam, List<Fase> rondes, long[] s) {
        long n = rondes.stream().mapToLong(f -> f.u().aantal()).sum();
        double wand = rondes.stream().mapToDouble(f -> f.u().wandNanos() / 1e9).sum();
        double cpu = rondes.stream().mapToDouble(f -> f.open() ? f.cpu().basisS() : f.cpu().huidigS()).sum();
        return String.format(Locale.ROOT, "%-34s %9d %8.2f %8.2f %8.2f %8.2f %9.0f %9.3f ms", naam, n, ms(Last.percentiel(s, .5)),
                ms(Last.percentiel(s, .9)), ms(Last.percentiel(s, .99)), ms(s.length == 0 ? 0 : s[s.length - 1]), n / wand, 1000 * cpu / n);
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
                start, machine(), commando, basisRef, huidigRef, pad, body, clients, opwarmen, clients, perClient, rondes, c.vreemdGemiddeld(),
                c.vreemdHoogst()));
        md.append("| | requests | p50 ms | p90 ms | p99 ms | max ms | req/s | server CPU per request |\n|---|---|---|---|---|---|---|---|\n");
        md.append(mdRegel("open GET (baseline, no access control)", openRondes, o));
        md.append(mdRegel("**authenticated GET** (HTTP Basic, cached)", authRondes, a));
        md.append(String.format(Locale.ROOT, "| **ratio authenticated / open** | | **%.2f** | | **%.2f** | | | |%n%n", r50, r99));
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
        md.append('\n');
        Files.createDirectories(markdown.getParent());
        Files.writeString(markdown, md.toString(), StandardCharsets.UTF_8);
    }

    private static String mdRegel(String naam, List<Fase> rondes, long[] s) {
        long n = rondes.stream().mapToLong(f -> f.u().aantal()).sum();
        double wand = rondes.stream().mapToDouble(f -> f.u().wandNanos() / 1e9).sum();
        double cpu = rondes.stream().mapToDouble(f -> f.open() ? f.cpu().basisS() : f.cpu().huidigS()).sum();
        return String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.1f | %,.0f | %.3f ms |%n", naam, n, ms(Last.percentiel(s, .5)),
                ms(Last.percentiel(s, .9)), ms(Last.percentiel(s, .99)), ms(s.length == 0 ? 0 : s[s.length - 1]), n / wand, 1000 * cpu / n);
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
        for (Installatie i : new Installatie[] {basis, huidig}) {
            if (i != null && i.draait()) {
                voortgang(i.stop(stopTimeoutS));
            }
        }
    }
}
