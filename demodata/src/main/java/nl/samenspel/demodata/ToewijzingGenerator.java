package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws the allocations: how many per gemeente (by population), which clients get them
 * (about 1.3 per client, about 3% of clients moving to another gemeente), when, what, with
 * whom, on whose referral, and whether and when care started and stopped.
 */
final class ToewijzingGenerator {

    static final LocalDate EERSTE_INGANG = LocalDate.of(2015, 1, 1);
    static final LocalDate LAATSTE_INGANG = LocalDate.of(2017, 10, 31);
    static final LocalDate EINDE_GEGEVENS = LocalDate.of(2017, 12, 31);
    static final int[] JAREN = {2015, 2016, 2017};

    static final List<String> VERWIJZERS = List.of("sociaal-wijkteam", "huisarts", "jeugdarts",
            "gecertificeerde-instelling", "rechter", "anders");
    /** Relative weights of the non-GP referrers, before a per-gemeente variation. */
    private static final long[] OVERIGE_VERWIJZERS = {40, 14, 9, 4, 8};

    private static final double AANDEEL_VERHUIZERS = 0.03;
    private static final double KANS_START = 0.90;
    private static final double KANS_STOP = 0.50;

    /** An allocation while it is being drawn; becomes a Toewijzing at the end. */
    private static final class Concept {
        final Gemeente gemeente;
        final Integer verplichtJaar;
        final int volgnummer;
        Client client;
        LocalDate ingang;
        LocalDate toewijzingsdatum;
        Toewijzing toewijzing;

        Concept(Gemeente gemeente, Integer verplichtJaar, int volgnummer) {
            this.gemeente = gemeente;
            this.verplichtJaar = verplichtJaar;
            this.volgnummer = volgnummer;
        }
    }

    private static final class Client {
        final String bsn;
        final List<Concept> concepten = new ArrayList<>();
        boolean verhuisd;

        Client(String bsn) {
            this.bsn = bsn;
        }

        boolean heeftVerplichtJaar() {
            return concepten.stream().anyMatch(c -> c.verplichtJaar != null);
        }
    }

    private final Toeval toeval;
    private final Catalogus catalogus;
    private final Tariefkalender tarieven;
    private final Bsn bsns;

    ToewijzingGenerator(Toeval toeval, Catalogus catalogus, Tariefkalender tarieven) {
        this.toeval = toeval;
        this.catalogus = catalogus;
        this.tarieven = tarieven;
        this.bsns = new Bsn(toeval.random());
    }

    List<Toewijzing> genereer(int aantal) {
        List<List<Concept>> perGemeente = maakConcepten(aantal);
        List<Client> clienten = new ArrayList<>();
        for (List<Concept> concepten : perGemeente) {
            clienten.addAll(verdeelOverClienten(concepten));
        }
        laatVerhuizen(clienten);
        for (Client c : clienten) {
            kiesIngangsdata(c);
        }
        for (List<Concept> concepten : perGemeente) {
            List<String> verwijzers = verwijzersVoor(concepten.size());
            for (int i = 0; i < concepten.size(); i++) {
                vulIn(concepten.get(i), verwijzers.get(i));
            }
        }
        List<Toewijzing> resultaat = new ArrayList<>();
        for (List<Concept> concepten : perGemeente) {
            resultaat.addAll(nummer(concepten));
        }
        return resultaat;
    }

    /**
     * Slots per gemeente by population; the first three of each gemeente are pinned to
     * 2015, 2016 and 2017 so every member has allocations in every year.
     */
    private List<List<Concept>> maakConcepten(int aantal) {
        List<Gemeente> gemeenten = Gemeente.IJSSELLAND;
        int[] quota = Toeval.verdeel(aantal, gemeenten.stream().mapToLong(Gemeente::inwoners).toArray());
        if (aantal >= gemeenten.size() * JAREN.length) {
            for (int i = 0; i < quota.length; i++) {
                while (quota[i] < JAREN.length) {
                    quota[grootste(quota)]--;
                    quota[i]++;
                }
            }
        }
        List<List<Concept>> perGemeente = new ArrayList<>();
        for (int g = 0; g < gemeenten.size(); g++) {
            List<Concept> concepten = new ArrayList<>();
            for (int i = 0; i < quota[g]; i++) {
                Integer jaar = i < JAREN.length ? JAREN[i] : null;
                concepten.add(new Concept(gemeenten.get(g), jaar, i));
            }
            perGemeente.add(concepten);
        }
        return perGemeente;
    }

    private static int grootste(int[] waarden) {
        int beste = 0;
        for (int i = 1; i < waarden.length; i++) {
            if (waarden[i] > waarden[beste]) {
                beste = i;
            }
        }
        return beste;
    }

    /** 1, 2 or 3 allocations per client (77/17/6%), about 1.3 on average. */
    private List<Client> verdeelOverClienten(List<Concept> concepten) {
        List<Client> clienten = new ArrayList<>();
        int i = 0;
        while (i < concepten.size()) {
            Client client = new Client(bsns.nieuw());
            int n = 1 + toeval.gewogen(new long[] {77, 17, 6});
            for (int k = 0; k < n && i < concepten.size(); k++, i++) {
                Concept c = concepten.get(i);
                c.client = client;
                client.concepten.add(c);
            }
            clienten.add(client);
        }
        return clienten;
    }

    /**
     * A mover takes over one allocation in another gemeente from a client who has more than
     * one there, so the counts per gemeente stay as drawn. Pinned slots stay put because
     * their year guarantees coverage.
     */
    private void laatVerhuizen(List<Client> clienten) {
        int doel = (int) Math.round(clienten.size() * AANDEEL_VERHUIZERS);
        List<Client> kandidaten = new ArrayList<>(clienten.stream().filter(c -> !c.heeftVerplichtJaar()).toList());
        toeval.schud(kandidaten);
        List<Concept> donoren = new ArrayList<>();
        for (Client c : clienten) {
            for (Concept k : c.concepten) {
                if (k.verplichtJaar == null) {
                    donoren.add(k);
                }
            }
        }
        toeval.schud(donoren);
        int verhuisd = 0;
        for (Client verhuizer : kandidaten) {
            if (verhuisd == doel) {
                break;
            }
            if (verhuizer.verhuisd || verhuizer.concepten.size() > 2) {
                continue;
            }
            Gemeente oud = verhuizer.concepten.get(0).gemeente;
            for (Concept d : donoren) {
                Client donor = d.client;
                if (d.gemeente != oud && donor != verhuizer && !donor.verhuisd
                        && donor.concepten.size() >= 2) {
                    donor.concepten.remove(d);
                    d.client = verhuizer;
                    verhuizer.concepten.add(d);
                    verhuizer.verhuisd = true;
                    donoren.remove(d);
                    verhuisd++;
                    break;
                }
            }
        }
    }

    /** A mover's allocations in the new gemeente come after those in the old one. */
    private void kiesIngangsdata(Client client) {
        List<LocalDate> data = new ArrayList<>();
        for (Concept c : client.concepten) {
            if (c.verplichtJaar != null) {
                LocalDate van = LocalDate.of(c.verplichtJaar, 1, 1);
                LocalDate tot = LocalDate.of(c.verplichtJaar, 12, 31);
                c.ingang = toeval.datum(van, tot.isAfter(LAATSTE_INGANG) ? LAATSTE_INGANG : tot);
            } else {
                c.ingang = toeval.datum(EERSTE_INGANG, LAATSTE_INGANG);
            }
            data.add(c.ingang);
        }
        if (client.verhuisd) {
            data.sort(Comparator.naturalOrder());
            Gemeente nieuw = client.concepten.get(client.concepten.size() - 1).gemeente;
            List<Concept> volgorde = new ArrayList<>(client.concepten.stream().filter(c -> c.gemeente != nieuw).toList());
            volgorde.addAll(client.concepten.stream().filter(c -> c.gemeente == nieuw).toList());
            for (int i = 0; i < volgorde.size(); i++) {
                volgorde.get(i).ingang = data.get(i);
            }
        }
    }

    /**
     * The referrer mix of one gemeente: a GP share of 28-42% and its own mix of the others,
     * dealt out exactly (not drawn per allocation) so small gemeenten keep the intended mix.
     */
    private List<String> verwijzersVoor(int aantal) {
        long huisartsPromille = 280 + toeval.tussen(0, 140);
        long[] overige = new long[OVERIGE_VERWIJZERS.length];
        long somOverige = 0;
        for (int i = 0; i < overige.length; i++) {
            overige[i] = OVERIGE_VERWIJZERS[i] * toeval.tussen(60, 140);
            somOverige += overige[i];
        }
        long[] gewichten = new long[VERWIJZERS.size()];
        gewichten[0] = overige[0] * (1000 - huisartsPromille);
        gewichten[1] = huisartsPromille * somOverige;
        for (int i = 1; i < overige.length; i++) {
            gewichten[i + 1] = overige[i] * (1000 - huisartsPromille);
        }
        int[] aantallen = Toeval.verdeel(aantal, gewichten);
        List<String> verwijzers = new ArrayList<>();
        for (int i = 0; i < aantallen.length; i++) {
            for (int k = 0; k < aantallen[i]; k++) {
                verwijzers.add(VERWIJZERS.get(i));
            }
        }
        toeval.schud(verwijzers);
        return verwijzers;
    }

    private void vulIn(Concept c, String verwijzer) {
        List<Product> producten = catalogus.toewijsbaar();
        Product product = producten.get(toeval.gewogen(catalogus.toewijsGewichten()));
        String agb = toeval.kies(catalogus.aanbieders(product));
        LocalDate einde = c.ingang.plusMonths(toeval.tussen(3, 12));
        LocalDate aanmelding = c.ingang.minusDays(toeval.tussen(5, 120));
        c.toewijzingsdatum = toeval.datum(aanmelding, c.ingang);

        Integer volume;
        String frequentie;
        Long budget = null;
        if (product.isOutputgericht()) {
            volume = 1;
            frequentie = "6";
            budget = tarieven.tariefOp(product.categorie(), product.code(), c.ingang) * volume;
        } else if ("14".equals(product.eenheid())) {
            volume = 1;
            frequentie = "1";
        } else {
            volume = toeval.tussen(1, 6);
            frequentie = "2";
        }

        LocalDate start = null;
        LocalDate stop = null;
        String reden = null;
        if (toeval.kans(KANS_START)) {
            start = c.ingang.plusDays(toeval.tussen(0, 60));
            if (start.isAfter(einde)) {
                start = einde;
            }
            if (toeval.kans(KANS_STOP)) {
                stop = toeval.datum(start, einde.isAfter(EINDE_GEGEVENS) ? EINDE_GEGEVENS : einde);
                reden = toeval.kans(0.70) ? "31" : String.valueOf(toeval.tussen(32, 38));
            }
        }
        // toewijzingnummer is filled in once all allocations of the gemeente are known
        c.toewijzing = new Toewijzing(c.gemeente.code(), 0, c.client.bsn, agb, product.categorie(),
                product.code(), c.toewijzingsdatum, c.ingang, einde, volume, product.eenheid(), frequentie,
                budget, aanmelding, verwijzer, start, stop, reden);
    }

    /** Numbers 1..n per gemeente in the order the gemeente decided them. */
    private static List<Toewijzing> nummer(List<Concept> concepten) {
        List<Concept> volgorde = new ArrayList<>(concepten);
        volgorde.sort(Comparator.comparing((Concept c) -> c.toewijzingsdatum)
                .thenComparing(c -> c.ingang).thenComparingInt(c -> c.volgnummer));
        List<Toewijzing> resultaat = new ArrayList<>();
        long nummer = 1;
        for (Concept c : volgorde) {
            Toewijzing t = c.toewijzing;
            resultaat.add(new Toewijzing(t.gemeente(), nummer++, t.bsn(), t.agb(), t.categorie(),
                    t.productcode(), t.toewijzingsdatum(), t.ingangsdatum(), t.einddatum(), t.volume(),
                    t.eenheid(), t.frequentie(), t.budget(), t.aanmelddatum(), t.verwijzer(), t.startZorg(),
                    t.stopZorg(), t.stopReden()));
        }
        return resultaat;
    }
}
