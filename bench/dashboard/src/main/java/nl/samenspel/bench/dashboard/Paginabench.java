package nl.samenspel.bench.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Time to interactive of every dashboard page, in Debian's headless Chromium: each page loaded N times from
 * scratch (a new document each time), read as the page's own mark of being ready with all its data and charts
 * ({@code main[data-klaar-na]}: ms since the navigation began). Beside it, as the baseline of the same load,
 * the span of the page's API calls in the browser (Resource Timing: first request to last response): what
 * the page costs beyond the API is the ratio. Also the page's own API calls and its charts (each chart is drawn
 * from one call; the other calls fill tables without a chart).
 *
 * <pre>java -cp 'target/dashboard-bench.jar:target/lib/*' nl.samenspel.bench.dashboard.Paginabench BASIS GEBRUIKER WACHTWOORD [KEER]</pre>
 * GEBRUIKER and WACHTWOORD may be several, comma-separated, visited in turn (a role sees its own pages).
 */
public final class Paginabench {

    /** The query each page is measured with: the demo data's years. */
    private static final Map<String, String> VRAAG = Map.of("overzicht", "?jaar=2016", "jeugdhulp", "?jaar=2016", "beschermd-wonen",
            "?jaar=2016", "wmo", "?periode=2025-H1");

    record Meting(long klaar, long api, int verzoeken, int grafieken) {
    }

    public static void main(String[] args) throws Exception {
        String basis = args[0];
        String[] gebruikers = args[1].split(",");
        String[] wachtwoorden = args[2].split(",");
        int keer = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Path profiel = Files.createTempDirectory("samenspel-bench-chromium");
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary("/usr/bin/chromium");
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profiel);
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build(), opties);
        Map<String, List<Meting>> uitkomst = new LinkedHashMap<>();
        try {
            for (int i = 0; i < gebruikers.length; i++) {
                meldAan(browser, basis, gebruikers[i], wachtwoorden[i]);
                for (WebElement a : browser.findElements(By.cssSelector("#menu a[data-pagina]"))) {
                    uitkomst.putIfAbsent(a.getAttribute("data-pagina"), new ArrayList<>());
                }
                for (Map.Entry<String, List<Meting>> pagina : uitkomst.entrySet()) {
                    if (!pagina.getValue().isEmpty() || browser.findElements(By.cssSelector("#menu a[data-pagina='" + pagina.getKey() + "']")).isEmpty()) {
                        continue;
                    }
                    for (int n = 0; n < keer + 2; n++) {
                        Meting m = laad(browser, basis, pagina.getKey());
                        if (n >= 2) { // two warm-up loads: the JIT of the server, the browser's cache of the assets
                            pagina.getValue().add(m);
                        }
                    }
                }
            }
        } finally {
            browser.quit();
        }
        System.out.println("| page | p50 ms | p95 ms | API span p50 ms | p50 / API span | API calls | charts |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, List<Meting>> p : uitkomst.entrySet()) {
            List<Meting> ms = p.getValue();
            if (ms.isEmpty()) {
                continue;
            }
            long[] klaar = ms.stream().mapToLong(Meting::klaar).sorted().toArray();
            long[] api = ms.stream().mapToLong(Meting::api).sorted().toArray();
            Meting eerste = ms.get(0);
            long p50 = percentiel(klaar, 50);
            long apiP50 = percentiel(api, 50);
            System.out.printf("| %s | %d | %d | %d | %s | %d | %d |%n", p.getKey(), p50, percentiel(klaar, 95), apiP50,
                    apiP50 == 0 ? "–" : String.format("%.2f", (double) p50 / apiP50), eerste.verzoeken(), eerste.grafieken());
        }
    }

    private static void meldAan(ChromeDriver browser, String basis, String gebruiker, String wachtwoord) {
        browser.get(basis + "/dashboard/index.html");
        browser.manage().deleteAllCookies();
        browser.navigate().refresh();
        WebDriverWait wacht = new WebDriverWait(browser, Duration.ofSeconds(60));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("aanmelden-gebruiker"))).sendKeys(gebruiker);
        browser.findElement(By.id("aanmelden-wachtwoord")).sendKeys(wachtwoord);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-gebruiker='" + gebruiker + "']")));
    }

    /** One load of the page from a new document, until it marks itself ready. */
    private static Meting laad(ChromeDriver browser, String basis, String pagina) {
        browser.get("about:blank");
        browser.get(basis + "/dashboard/index.html#/" + pagina + VRAAG.getOrDefault(pagina, ""));
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(50)).until(d -> {
            WebElement main = d.findElement(By.id("inhoud"));
            return "ja".equals(main.getAttribute("data-klaar")) && pagina.equals(main.getAttribute("data-pagina"))
                    && d.findElements(By.cssSelector(".samenspel-grafiek:not([data-getekend])")).isEmpty();
        });
        @SuppressWarnings("unchecked")
        List<Object> waarden = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "const main = document.getElementById('inhoud');"
                        + "const api = performance.getEntriesByType('resource').filter(e => e.name.includes('/api/v1/')"
                        + " && !e.name.includes('/sessie') && !e.name.includes('openapi.json'));"
                        + "const span = api.length ? Math.max(...api.map(e => e.responseEnd)) - Math.min(...api.map(e => e.startTime)) : 0;"
                        + "return [Number(main.dataset.klaarNa), Math.round(span), Number(main.dataset.verzoeken),"
                        + " document.querySelectorAll('.samenspel-grafiek').length];");
        return new Meting(((Number) waarden.get(0)).longValue(), ((Number) waarden.get(1)).longValue(), ((Number) waarden.get(2)).intValue(),
                ((Number) waarden.get(3)).intValue());
    }

    static long percentiel(long[] gesorteerd, int p) {
        int i = (int) Math.ceil(p / 100.0 * gesorteerd.length) - 1;
        return gesorteerd[Math.max(0, Math.min(gesorteerd.length - 1, i))];
    }

    private Paginabench() {
    }
}
