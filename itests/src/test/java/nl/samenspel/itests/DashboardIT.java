package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's headless Chromium, driven by Selenium, against a hub
 * distribution started as its own process with the youth-care demo data. Each role logs in through
 * the page, visits every page its menu offers, and every page is scanned by axe-core (WCAG 2.1 A and
 * AA) and saved as a PNG under {@code target/dashboard/}. The figures shown are compared with the
 * API's; the session cookie, the CSRF rule and logout are checked from inside the page.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DashboardIT {

    private static final Duration WACHTTIJD = Duration.ofSeconds(60);
    /** What each role's menu holds on a hub with every module (the pages follow openapi.json's roles). */
    private static final Map<String, List<String>> MENU = new LinkedHashMap<>();

    static {
        MENU.put("lezer", List.of("overzicht", "regios", "jeugdhulp", "wmo", "beschermd-wonen", "verevening"));
        MENU.put("controller", List.of("overzicht", "regios", "jeugdhulp", "wmo", "beschermd-wonen", "verevening"));
        MENU.put("beheerder", List.of("regios", "imports", "uitwisseling", "audit"));
    }

    private static Werkmap werkmap;
    private static Instantie hub;
    /** Kampen's node, which fetches the statements of the runs made final in the hub's dashboard. */
    private static Instantie kampen;
    private static ChromeDriver browser;
    private static Path schermafdrukken;
    private static String axe;

    @BeforeClass
    public static void start() throws Exception {
        werkmap = new Werkmap("dashboard");
        Path karaf = werkmap.karaf();
        Path pki = werkmap.pki("0193", "0166");
        Path sleutel = werkmap.map.resolve("pseudoniem.sleutel");
        Files.writeString(sleutel, Base64.getEncoder().encodeToString(Demobestanden.SLEUTEL) + "\n");
        hub = new Instantie("zwolle", null, 18380, 18543, werkmap.map, karaf);
        hub.richtIn(Werkmap.ROOT.resolve("regional-config/nodes"), Werkmap.ROOT.resolve("regional-config"), pki, sleutel, hub.tlsPoort,
                Map.of());
        hub.start();
        kampen = new Instantie("kampen", "0166", 18381, 0, werkmap.map, karaf);
        kampen.richtIn(Werkmap.ROOT.resolve("regional-config/nodes"), Werkmap.ROOT.resolve("regional-config"), pki, sleutel, hub.tlsPoort,
                Map.of("afrekeningIntervalS", "1", "stamgegevensIntervalS", "1", "intervalMs", "200"));
        kampen.start();
        hub.wachtTotGereed();
        hub.http().wachtOpJson("jeugdhulp/imports?aantal=1");
        Path csv = Demobestanden.maak("dashboard", true).resolve("csv");
        Demoimport.stamgegevens(hub.http(), csv);
        Demoimport.zorg(hub.http(), csv);
        Path bw = Demobestanden.maakBeschermdWonen("dashboard").resolve("csv");
        for (String soort : List.of("voorzieningen", "aanmeldingen", "plaatsingen")) {
            Demoimport.importeer(hub.http(), "beschermd-wonen", soort, bw.resolve(soort + ".csv"), "text/csv");
        }
        Path wmo = Demobestanden.maakWmo("dashboard", true).resolve("csv");
        for (String soort : List.of("aanbieders", "producten", "tarieven", "contracten", "budgetten", "toewijzingen", "start-zorg",
                "stop-zorg", "declaraties", "gebruik", "deelnemers")) {
            Demoimport.importeer(hub.http(), "wmo", soort, wmo.resolve(soort + ".csv"), "text/csv");
        }

        axe = Files.readString(Path.of(System.getProperty("samenspel.axe")));
        schermafdrukken = werkmap.map.resolve("schermafdrukken");
        Files.createDirectories(schermafdrukken);
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary("/usr/bin/chromium");
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000", "--lang=nl",
                "--user-data-dir=" + werkmap.map.resolve("chromium-profiel"));
        ChromeDriverService dienst = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(dienst, opties);
    }

    @AfterClass
    public static void stop() {
        if (browser != null) {
            browser.quit();
        }
        for (Instantie i : new Instantie[] {kampen, hub}) {
            if (i != null) {
                i.stop();
            }
        }
    }

    /** The installation the browser is looking at: the hub, unless a step looks at Kampen's node. */
    private static Instantie bij;

    private static String basis() {
        return "http://localhost:" + (bij == null ? hub : bij).poort;
    }

    private static WebDriverWait wacht() {
        return new WebDriverWait(browser, WACHTTIJD);
    }

    /** Through the login form, from a browser without a session (so a step that failed halfway leaves nothing behind). */
    private static void meldAan(String gebruiker) {
        browser.get(basis() + "/dashboard/index.html");
        browser.manage().deleteAllCookies();
        browser.navigate().refresh();
        wacht().until(ExpectedConditions.visibilityOfElementLocated(By.id("aanmelden-gebruiker")));
        browser.findElement(By.id("aanmelden-gebruiker")).sendKeys(gebruiker);
        browser.findElement(By.id("aanmelden-wachtwoord")).sendKeys(Gebruikers.wachtwoord(gebruiker));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wacht().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-gebruiker='" + gebruiker + "']")));
        wachtOpPagina(null);
    }

    private static void meldAf() {
        browser.findElement(By.xpath("//button[normalize-space()='Afmelden']")).click();
        wacht().until(ExpectedConditions.visibilityOfElementLocated(By.id("aanmelden-gebruiker")));
    }

    /** Until the page ({@code route}: page/part) has shown all it loaded ({@code main[data-klaar=ja]}) and every chart is drawn. */
    private static void wachtOpPagina(String route) {
        wacht().until(d -> {
            WebElement main = d.findElement(By.id("inhoud"));
            return "ja".equals(main.getAttribute("data-klaar")) && (route == null || route.equals(main.getAttribute("data-route")))
                    && d.findElements(By.cssSelector(".samenspel-grafiek:not([data-getekend])")).isEmpty();
        });
    }

    /** Until the address holds {@code fragment}; an error the page shows instead fails the test with its text. */
    private static void wachtOpAdres(String fragment) {
        wacht().until(d -> d.getCurrentUrl().contains(fragment) || !d.findElements(By.cssSelector("#inhoud .utrecht-alert--error")).isEmpty());
        List<WebElement> fouten = browser.findElements(By.cssSelector("#inhoud .utrecht-alert--error"));
        assertTrue(fouten.isEmpty() ? "" : fouten.get(0).getText(), browser.getCurrentUrl().contains(fragment));
    }

    private static void ga(String pagina) {
        browser.get(basis() + "/dashboard/index.html#/" + pagina);
        wachtOpPagina(pagina.split("\\?")[0]);
    }

    /** axe-core over the whole page, WCAG 2.0/2.1 A and AA: every violation named with its elements. */
    private static void toegankelijk(String naam) {
        JavascriptExecutor js = browser;
        js.executeScript(axe);
        Object uitkomst = js.executeAsyncScript("const klaar = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => klaar(JSON.stringify(r.violations.map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', ')))))"
                + ".catch(e => klaar('fout: ' + e));");
        assertEquals(naam + ": axe-core", "[]", uitkomst);
    }

    private static void schermafdruk(String naam) throws Exception {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), schermafdrukken.resolve(naam + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> menu() {
        List<String> paginas = new ArrayList<>();
        for (WebElement a : browser.findElements(By.cssSelector("#menu a[data-pagina]"))) {
            paginas.add(a.getAttribute("data-pagina"));
        }
        return paginas;
    }

    /** The cells of the row whose first cell is {@code eerste}, in the table marked {@code data-tabel}. */
    private static List<String> rij(String tabel, String eerste) {
        for (WebElement tr : browser.findElements(By.cssSelector("table[data-tabel='" + tabel + "'] tbody tr"))) {
            List<String> cellen = tr.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
            if (cellen.get(0).equals(eerste)) {
                return cellen;
            }
        }
        throw new AssertionError("geen rij " + eerste + " in tabel " + tabel);
    }

    /** As the page writes an amount of eurocents: "€ 1.234,56". */
    static String euro(long centen) {
        DecimalFormat groep = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        String teken = centen < 0 ? "−" : "";
        long abs = Math.abs(centen);
        return teken + "€ " + groep.format(abs / 100) + "," + String.format("%02d", abs % 100);
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser).executeAsyncScript("const klaar = arguments[arguments.length - 1];" + code);
    }

    // --- the steps --------------------------------------------------------------------------

    @Test
    public void a_deWortelLeidtNaarHetAanmelden() throws Exception {
        browser.get(basis() + "/");
        wacht().until(ExpectedConditions.visibilityOfElementLocated(By.id("aanmelden-gebruiker")));
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().endsWith("/dashboard/index.html"));
        assertEquals("Aanmelden – Samenspel", browser.getTitle());
        toegankelijk("aanmelden");
        schermafdruk("aanmelden");
    }

    @Test
    public void b_eenFoutWachtwoordGeeftEenMeldingEnGeenSessie() {
        browser.get(basis() + "/dashboard/index.html");
        wacht().until(ExpectedConditions.visibilityOfElementLocated(By.id("aanmelden-gebruiker")));
        browser.findElement(By.id("aanmelden-gebruiker")).sendKeys("lezer");
        browser.findElement(By.id("aanmelden-wachtwoord")).sendKeys("fout-wachtwoord");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        WebElement melding = wacht().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".utrecht-alert--error")));
        assertEquals("Gebruikersnaam of wachtwoord onjuist.", melding.getText());
        assertEquals(null, browser.manage().getCookieNamed("samenspel-sessie"));
    }

    @Test
    public void c_elkeRolZiertAlleenZijnPaginasEnElkePaginaIsToegankelijk() throws Exception {
        for (Map.Entry<String, List<String>> rol : MENU.entrySet()) {
            meldAan(rol.getKey());
            assertEquals(rol.getKey(), rol.getValue(), menu());
            for (String pagina : rol.getValue()) {
                ga(pagina + (pagina.equals("wmo") ? "?periode=2025-H1" : "?jaar=2016"));
                assertTrue(rol.getKey() + " " + pagina + ": foutmelding op de pagina",
                        browser.findElements(By.cssSelector("#inhoud .utrecht-alert--error")).isEmpty());
                toegankelijk(rol.getKey() + " " + pagina);
                schermafdruk(rol.getKey() + "-" + pagina);
            }
            // a lezer sees no button that would answer 403: only those that show (Toon) and logout
            if (rol.getKey().equals("lezer")) {
                for (String pagina : rol.getValue()) {
                    ga(pagina);
                    for (WebElement knop : browser.findElements(By.tagName("button"))) {
                        assertTrue(pagina + ": knop " + knop.getText(), List.of("Afmelden", "Toon").contains(knop.getText()));
                    }
                }
            }
            meldAf();
        }
    }

    @Test
    public void d_deCijfersZijnDieVanDeApi() {
        meldAan("lezer");
        ga("overzicht?jaar=2016");
        JsonNode budgetten = hub.http().get("jeugdhulp/monitoring/budgetten?jaar=2016").json();
        int getoetst = 0;
        for (JsonNode g : budgetten.path("gemeenten")) {
            List<String> cellen = rij("overzicht-jeugdhulp", g.path("naam").asText());
            assertEquals(g.path("naam").asText(), List.of(g.path("naam").asText(), euro(g.path("budgetTotaal").asLong()),
                    euro(g.path("toegewezenTotaal").asLong()), euro(g.path("gerealiseerdTotaal").asLong())), cellen);
            getoetst++;
        }
        assertEquals(11, getoetst);

        ga("regios");
        String vandaag = LocalDate.now().toString();
        JsonNode leden = hub.http().get("regios/jeugdhulp-ijsselland/leden?peildatum=" + vandaag).json();
        assertEquals(leden.path("aantal").asInt(),
                browser.findElements(By.cssSelector("table[data-tabel='leden-jeugdhulp-ijsselland'] tbody tr")).size());
        JsonNode eerste = leden.path("leden").get(0);
        assertEquals(List.of(eerste.path("naam").asText(), eerste.path("code").asText()),
                rij("leden-jeugdhulp-ijsselland", eerste.path("naam").asText()));
        meldAf();
    }

    @Test
    public void e_hetSessiecookieIsStriktEnEenWijzigingVraagtHetCsrfToken() {
        meldAan("lezer");
        Cookie cookie = browser.manage().getCookieNamed("samenspel-sessie");
        assertNotNull(cookie);
        assertTrue("HttpOnly", cookie.isHttpOnly());
        assertTrue("Secure", cookie.isSecure());
        assertEquals("Strict", cookie.getSameSite());
        assertEquals("not readable by scripts", "", ((JavascriptExecutor) browser).executeScript("return document.cookie;"));
        // the same session, but a change without the token: refused, and the session stays
        assertEquals(403L, script("fetch('/api/v1/sessie/afmelden', {method: 'POST', credentials: 'same-origin'}).then(r => klaar(r.status));"));
        assertEquals(200L, script("fetch('/api/v1/sessie', {credentials: 'same-origin'}).then(r => klaar(r.status));"));
        meldAf();
        assertEquals(null, browser.manage().getCookieNamed("samenspel-sessie"));
    }

    @Test
    public void f_naAfmeldenGeeftDeApiNietsMeerEnVraagtHijGeenBasic() {
        Object antwoord = script("fetch('/api/v1/regios', {credentials: 'same-origin'})"
                + ".then(r => klaar(r.status + ' ' + r.headers.get('WWW-Authenticate')));");
        assertEquals("401 Sessie realm=\"samenspel\"", antwoord);
        assertFalse(browser.findElements(By.id("aanmelden-gebruiker")).isEmpty());
    }

    @Test
    public void g_eenRunMakenEnDefinitiefMakenMetVierOgen() throws Exception {
        meldAan("controller");
        ga("verevening");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("run-regio"))).selectByValue("jeugdhulp-ijsselland");
        WebElement jaar = browser.findElement(By.id("run-jaar"));
        jaar.clear();
        jaar.sendKeys("2016");
        browser.findElement(By.xpath("//button[normalize-space()='Reken en bewaar de run']")).click();
        wachtOpAdres("#/verevening/run/");
        String id = browser.getCurrentUrl().replaceAll(".*#/verevening/run/", "");
        wachtOpPagina("verevening/run/" + id);
        JsonNode run = hub.http().get("vereveningen/" + id).json();
        assertEquals("controller", run.path("aangemaaktDoor").asText());
        JsonNode lid = run.path("leden").get(0);
        assertEquals(List.of(lid.path("naam").asText(), euro(lid.path("budget").asLong()), euro(lid.path("kosten").asLong()),
                euro(lid.path("toerekening").asLong()), euro(lid.path("verevening").asLong()), euro(lid.path("saldo").asLong())),
                rij("run-leden", lid.path("naam").asText()));
        assertFalse("the derivation of the first member", browser.findElements(By.cssSelector("table[data-tabel='afleiding'] tbody tr")).isEmpty());
        toegankelijk("controller verevening run");
        schermafdruk("controller-verevening-run");

        // four eyes: the maker is refused, and the page says why
        browser.findElement(By.xpath("//button[normalize-space()='Maak definitief']")).click();
        WebElement weigering = wacht().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#inhoud .utrecht-alert--error")));
        assertTrue(weigering.getText(), weigering.getText().contains("niet zelf definitief"));
        assertEquals(404, hub.http().get("vereveningen/" + id + "/definitief").status());
        schermafdruk("controller-verevening-vier-ogen");
        meldAf();

        meldAan("controller2");
        ga("verevening/run/" + id);
        browser.findElement(By.xpath("//button[normalize-space()='Maak definitief']")).click();
        WebElement vastgesteld = wacht().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#inhoud .utrecht-alert--ok")));
        assertTrue(vastgesteld.getText(), vastgesteld.getText().contains("vastgesteld door controller2"));
        assertEquals("controller2", hub.http().get("vereveningen/" + id + "/definitief").json().path("vastgesteldDoor").asText());
        toegankelijk("controller2 verevening definitief");
        schermafdruk("controller2-verevening-definitief");
        meldAf();

        // a lezer reads the runs, but is offered no action
        meldAan("lezer");
        for (String pagina : List.of("verevening", "verevening/run/" + id)) {
            ga(pagina);
            assertTrue(pagina, browser.findElements(By.xpath("//button[normalize-space()='Maak definitief' or normalize-space()='Reken en bewaar de run'"
                    + " or normalize-space()='Vergelijk']")).isEmpty());
            assertTrue(pagina, browser.findElements(By.cssSelector("input[type=file]")).isEmpty());
            toegankelijk("lezer " + pagina);
        }
        schermafdruk("lezer-verevening-run");
        meldAf();
    }

    @Test
    public void h_eenVergelijkingVanModellen() throws Exception {
        meldAan("controller");
        ga("verevening");
        Path bestand = Werkmap.ROOT.resolve("docs/voorbeelden/ijsselland-2016-vergelijking.json").toRealPath();
        browser.findElement(By.id("vergelijking-bestand")).sendKeys(bestand.toString());
        browser.findElement(By.xpath("//button[normalize-space()='Vergelijk']")).click();
        wachtOpAdres("#/verevening/vergelijking/");
        String id = browser.getCurrentUrl().replaceAll(".*#/verevening/vergelijking/", "");
        wachtOpPagina("verevening/vergelijking/" + id);
        JsonNode v = hub.http().get("vereveningen/vergelijkingen/" + id).json();
        JsonNode lid = v.path("leden").get(1);
        List<String> verwacht = new ArrayList<>(List.of(lid.path("naam").asText(), euro(lid.path("budget").asLong()), euro(lid.path("kosten").asLong())));
        for (JsonNode u : lid.path("uitkomsten")) {
            verwacht.add(euro(u.path("toerekening").asLong()));
        }
        assertEquals(verwacht, rij("vergelijking", lid.path("naam").asText()));
        toegankelijk("controller vergelijking");
        schermafdruk("controller-verevening-vergelijking");
        meldAf();
    }

    @Test
    public void i_elkeModulepaginaToontDeCijfersVanDeApi() {
        meldAan("lezer");
        ga("jeugdhulp?jaar=2016");
        JsonNode contract = hub.http().get("jeugdhulp/monitoring/plafonds?jaar=2016").json().path("contracten").get(0);
        List<String> plafond = rij("jeugdhulp-plafonds", contract.path("naam").asText());
        assertEquals(List.of(euro(contract.path("plafond").asLong()), euro(contract.path("toegewezen").asLong())), plafond.subList(2, 4));
        JsonNode categorie = hub.http().get("jeugdhulp/monitoring/wachttijden?jaar=2016").json().path("categorieen").get(0);
        assertEquals(String.valueOf(categorie.path("mediaanDagen").asInt()), rij("jeugdhulp-wachttijden", categorie.path("categorie").asText()).get(2));

        ga("wmo?periode=2025-H1");
        JsonNode gemeente = hub.http().get("wmo/monitoring/beweging?periode=2025-H1").json().path("gemeenten").get(0);
        List<String> beweging = rij("wmo-beweging", gemeente.path("naam").asText());
        assertEquals(gemeente.path("aandeelAlgemeenClienten").asText() + " %", beweging.get(3));
        assertEquals(euro(gemeente.path("kostenMaatwerk").asLong()), beweging.get(5));
        JsonNode halfjaar = hub.http().get("wmo/monitoring/beweging/reeks?van=2022-H2&tot=2025-H1").json().path("perioden").get(5);
        assertEquals("2025-H1", halfjaar.path("periode").asText());
        assertEquals(euro(halfjaar.path("kostenMaatwerk").asLong()), rij("wmo-reeks", "2025-H1").get(4));
        JsonNode ruimte = hub.http().get("wmo/monitoring/plafonds?jaar=2025").json().path("contracten").get(0);
        assertEquals(ruimte.path("procent").asText() + " %", rij("wmo-plafonds", ruimte.path("aanbieder").asText()).get(5));

        ga("beschermd-wonen?jaar=2016");
        JsonNode kosten = hub.http().get("beschermd-wonen/monitoring/kosten?jaar=2016").json().path("gemeenten").get(0);
        assertEquals(List.of(kosten.path("naam").asText(), euro(kosten.path("lokaalBudget").asLong()), euro(kosten.path("kosten").asLong()),
                euro(kosten.path("naUittreding").asLong()), euro(kosten.path("saldo").asLong())), rij("bw-kosten", kosten.path("naam").asText()));
        JsonNode herkomst = hub.http().get("beschermd-wonen/monitoring/spreiding?jaar=2016").json().path("herkomst").get(0);
        List<String> spreiding = rij("bw-spreiding", herkomst.path("naam").asText());
        assertEquals(String.valueOf(herkomst.path("plaatsingen").asInt()), spreiding.get(spreiding.size() - 2));
        meldAf();

        meldAan("beheerder");
        ga("imports");
        JsonNode laatste = hub.http().get("jeugdhulp/imports?aantal=1").json().get(0);
        List<String> importregel = rij("imports-jeugdhulp", String.valueOf(laatste.path("id").asLong()));
        assertEquals(List.of(laatste.path("soort").asText(), laatste.path("bestand").asText()), importregel.subList(2, 4));
        ga("audit");
        assertEquals("the newest audit records", 50, browser.findElements(By.cssSelector("table[data-tabel='audit'] tbody tr")).size());
        // a login through the page is audited with the name of who logged in
        JsonNode aanmelding = hub.http().get("audit?actie=POST%20/sessie&aantal=1").json().get(0);
        assertEquals("beheerder", aanmelding.path("actor").asText());
        assertEquals(200, aanmelding.path("resultaat").asInt());
        meldAf();
    }

    @Test
    public void j_hetKnooppuntToontZijnAfrekeningEnDeHubZietDeAfhaling() throws Exception {
        kampen.wachtTotGereed();
        // the run step g made final: Kampen's node fetches the statement of its gemeente
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> kampen.http().get("afrekeningen").json().size() > 0);
        JsonNode afrekening = kampen.http().get("afrekeningen").json().get(0);
        bij = kampen;
        try {
            meldAan("lezer");
            assertTrue(menu().toString(), menu().contains("afrekeningen"));
            ga("afrekeningen");
            List<String> regel = rij("afrekeningen", String.valueOf(afrekening.path("run").asLong()));
            assertEquals(List.of(euro(afrekening.path("budget").asLong()), euro(afrekening.path("kosten").asLong())), regel.subList(4, 6));
            assertEquals(euro(afrekening.path("saldo").asLong()), regel.get(8));
            assertEquals("knooppunt", browser.findElement(By.id("installatie")).getText());
            toegankelijk("knooppunt lezer afrekeningen");
            schermafdruk("knooppunt-lezer-afrekeningen");
            meldAf();

            meldAan("beheerder");
            assertTrue(menu().toString(), menu().containsAll(List.of("uitwisseling", "imports")));
            ga("uitwisseling");
            JsonNode status = kampen.http().get("uitwisseling/status").json();
            assertEquals(String.valueOf(status.path("batchesVerzonden").asLong()), rij("uitgaand", "Batches verzonden").get(1));
            toegankelijk("knooppunt beheerder uitwisseling");
            schermafdruk("knooppunt-beheerder-uitwisseling");
            ga("imports");
            toegankelijk("knooppunt beheerder imports");
            schermafdruk("knooppunt-beheerder-imports");
            meldAf();
        } finally {
            bij = null;
        }

        meldAan("beheerder");
        assertTrue(menu().toString(), menu().contains("uitwisseling"));
        ga("uitwisseling");
        JsonNode knooppunt = hub.http().get("uitwisseling/knooppunten").json().get(0);
        assertEquals("0166", knooppunt.path("gemeente").asText());
        List<String> regel = rij("knooppunten", "Kampen");
        assertTrue(regel.get(6), regel.get(6).endsWith("(" + knooppunt.path("afrekeningenBijLaatsteAfhaling").asInt() + ")"));
        toegankelijk("beheerder uitwisseling");
        schermafdruk("beheerder-uitwisseling");
        meldAf();
    }
}
