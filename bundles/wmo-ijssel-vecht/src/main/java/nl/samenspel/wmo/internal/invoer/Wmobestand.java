package nl.samenspel.wmo.internal.invoer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.CsvBestand;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.invoer.Veldlezer;

/** One uploaded Wmo file: CSV, a single iWmo message or a ZIP of messages, read within the bounds. Nothing is stored here. */
public final class Wmobestand {

    private Wmobestand() {
    }

    public static <T> Gelezen<T> lees(Wmosoort soort, String naam, byte[] inhoud, Invoerlimieten limieten, BiFunction<Veldlezer, String, T> lezer) {
        List<Regelfout> fouten = new ArrayList<>();
        List<Gelezen.Regel<T>> regels = new ArrayList<>();
        String tekst = CsvBestand.utf8(inhoud, fouten);
        if (tekst != null) {
            CsvBestand.lees(tekst, soort.kolommen(), limieten, fouten, (v, kolommen) -> {
                T waarde = lezer.apply(v, CsvBestand.clientkolom(kolommen));
                if (waarde != null) {
                    regels.add(new Gelezen.Regel<>(v.plaats(), waarde));
                }
            });
        }
        return new Gelezen<>(regels, fouten);
    }
}
