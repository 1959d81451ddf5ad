package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import nl.samenspel.api.toegang.Certificaat;

/**
 * One reading of the node's stores: the TLS context made from them, this node's own
 * certificate, and what the handshakes made of them. It names why a connection to the hub
 * failed when the cause is TLS, in the words of the operator's remedy.
 */
final class Tlsinrichting {

    private final SSLContext context;
    private final List<X509Certificate> eigen;
    private final Sleutelkeuze sleutelkeuze;
    private final Hubvertrouwen hubvertrouwen;
    private final Path sleutelopslag;
    private final Clock klok;

    Tlsinrichting(SSLContext context, List<X509Certificate> eigen, Sleutelkeuze sleutelkeuze, Hubvertrouwen hubvertrouwen,
                  Path sleutelopslag, Clock klok) {
        if (eigen.isEmpty()) {
            throw new IllegalArgumentException("geen eigen certificaat");
        }
        this.context = context;
        this.eigen = List.copyOf(eigen);
        this.sleutelkeuze = sleutelkeuze;
        this.hubvertrouwen = hubvertrouwen;
        this.sleutelopslag = sleutelopslag;
        this.klok = klok;
    }

    SSLContext context() {
        return context;
    }

    /** This node's certificate and its dates, for the log when the stores are (re)read. */
    String beschrijving() {
        X509Certificate certificaat = eigen.get(0);
        return "certificaat " + Certificaten.onderwerp(certificaat) + ", geldig van " + Certificaten.tijd(certificaat.getNotBefore())
                + " tot " + Certificaten.tijd(certificaat.getNotAfter());
    }

    /**
     * A warning for the log when this node's certificate is not valid now, or ends within
     * {@code vooraf}: a renewal takes a CA some days, so the operator hears of it in time.
     */
    Optional<String> waarschuwing(Duration vooraf) {
        X509Certificate certificaat = eigen.get(0);
        Instant nu = klok.instant();
        String wie = " (" + Certificaten.onderwerp(certificaat) + ", sleutelopslag " + sleutelopslag + ")";
        if (Certificaten.verlopen(certificaat, nu)) {
            return Optional.of("ons certificaat is verlopen op " + Certificaten.tijd(certificaat.getNotAfter()) + wie
                    + ": de hub weigert elke verbinding tot de sleutelopslag vervangen is");
        }
        if (Certificaten.nogNietGeldig(certificaat, nu)) {
            return Optional.of("ons certificaat is pas geldig vanaf " + Certificaten.tijd(certificaat.getNotBefore()) + wie
                    + ": de hub weigert elke verbinding tot dan");
        }
        Instant einde = certificaat.getNotAfter().toInstant();
        if (einde.isBefore(nu.plus(vooraf))) {
            return Optional.of("ons certificaat verloopt op " + Certificaten.tijd(certificaat.getNotAfter()) + ", over "
                    + Duration.between(nu, einde).toDays() + " dag(en)" + wie + ": vraag nu een nieuw aan");
        }
        return Optional.empty();
    }

    /**
     * Why {@code fout}, thrown by a request that started at {@code sinds} ({@link System#nanoTime()}),
     * is a TLS failure, in Dutch; empty when it is not one (the hub down, a time-out before any
     * handshake) or no more can be said than the JDK's own message.
     */
    Optional<String> benoem(IOException fout, long sinds) {
        Optional<Hubvertrouwen.Hubcertificaatfout> hub = oorzaak(fout, Hubvertrouwen.Hubcertificaatfout.class);
        if (hub.isPresent()) {
            return Optional.of("TLS: " + hub.get().getMessage());
        }
        // the hub refuses this node's certificate after the handshake under TLS 1.3, so the JDK reports
        // a closed connection rather than an SSLException: what counts is that a handshake took place
        boolean handdruk = hubvertrouwen.handdrukSinds(sinds) || oorzaak(fout, SSLException.class).isPresent();
        if (!handdruk || oorzaak(fout, ConnectException.class).isPresent()) {
            return Optional.empty();
        }
        Instant nu = klok.instant();
        for (X509Certificate certificaat : eigen) {
            if (Certificaten.verlopen(certificaat, nu)) {
                return Optional.of("TLS: ons certificaat is verlopen op " + Certificaten.tijd(certificaat.getNotAfter()) + " ("
                        + Certificaten.onderwerp(certificaat) + ", sleutelopslag " + sleutelopslag + "); vraag een nieuw certificaat aan en vervang de"
                        + " sleutelopslag (zonder herstart)");
            }
            if (Certificaten.nogNietGeldig(certificaat, nu)) {
                return Optional.of("TLS: ons certificaat is pas geldig vanaf " + Certificaten.tijd(certificaat.getNotBefore()) + " ("
                        + Certificaten.onderwerp(certificaat) + ", sleutelopslag " + sleutelopslag + "); zet het vorige certificaat terug tot dan, of"
                        + " controleer de klok van dit knooppunt");
            }
        }
        Sleutelkeuze.Keuze keuze = sleutelkeuze.sinds(sinds);
        if (keuze != null && keuze.alias() == null) {
            return Optional.of("TLS: de hub vertrouwt de CA van ons certificaat niet: de hub vraagt een certificaat van "
                    + (keuze.gevraagd().isEmpty() ? "(geen CA genoemd)" : String.join(" of ", keuze.gevraagd())) + ", het onze ("
                    + Certificaten.onderwerp(eigen.get(0)) + ") is uitgegeven door " + Certificaten.uitgever(eigen.get(0))
                    + "; de beheerder van de hub moet die CA vertrouwen, of dit knooppunt een certificaat van een CA van de hub krijgen");
        }
        return oorzaak(fout, SSLException.class).map(tls -> "TLS: de hub weigerde de verbinding tijdens de handdruk (" + tls.getMessage()
                + "); ons certificaat (" + Certificaten.onderwerp(eigen.get(0)) + ") is geldig tot " + Certificaten.tijd(eigen.get(0).getNotAfter())
                + ": vraag de beheerder van de hub wat zijn log over deze verbinding zegt");
    }

    /**
     * The hub's refusal of this node's identity (403), which the hub's answer gives in its own
     * words; empty for any other answer. The hub's titles are those of its access filter and
     * {@code Afzenders}.
     */
    Optional<String> benoemWeigering(int status, String body) {
        if (status != 403 || body == null) {
            return Optional.empty();
        }
        X509Certificate certificaat = eigen.get(0);
        if (body.contains("\"Onbekend certificaat\"")) {
            return Optional.of("de hub kent ons certificaat niet als gemeente: OIN " + Certificaat.oin(certificaat).orElse("(geen)") + " ("
                    + Certificaten.onderwerp(certificaat) + ") staat niet in het register van de hub (regional-config/gemeenten.csv);"
                    + " vraag de beheerder van de hub de OIN na. Antwoord van de hub: " + body);
        }
        if (body.contains("\"Alleen op de uitwisselingspoort\"")) {
            return Optional.of("hubUrl wijst naar een poort van de hub zonder tweezijdig TLS; gebruik de uitwisselingspoort"
                    + " (samenspel.https.port van de hub, standaard 8443) in nl.samenspel.node. Antwoord van de hub: " + body);
        }
        return Optional.empty();
    }

    private static <T extends Throwable> Optional<T> oorzaak(Throwable fout, Class<T> soort) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (soort.isInstance(t)) {
                return Optional.of(soort.cast(t));
            }
        }
        return Optional.empty();
    }
}
