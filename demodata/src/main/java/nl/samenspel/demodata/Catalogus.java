package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the region has contracted: providers, products with their base tariffs, and which
 * providers deliver which product. Names are invented; tariffs are drawn per seed.
 */
final class Catalogus {

    static final LocalDate TARIEF_INGANG = LocalDate.of(2014, 1, 1);

    private static final List<String> NAMEN = List.of(
            "Jeugdhulp Vechtdal", "Kindkracht IJsselland", "Stichting Wiekslag Jeugd",
            "Gezinsbegeleiding Salland", "Jeugd-GGZ Zwolle Noord", "Pleeghuis De Horst",
            "Behandelcentrum Kampereiland", "Opvoedpunt Hanzesteden", "Stichting Kompasroos",
            "Ambulant Team Sallandse Heuvels", "Jeugdpsychologen Weerribben", "Zorgboerderij De Hessel",
            "Crisisdienst Jeugd IJsselland", "Gezinshuis Het Ommerbos", "Dagbehandeling De Vlonder",
            "Jeugdcoaching Staphorst", "Praktijk Kind en Gezin Deventer", "LVB-zorg De Kolk",
            "Stichting Opvoeden Overijssel", "Jeugdtherapie Zwartewater");

    /** A product with how often it is allocated relative to the others and its tariff range. */
    private record Sjabloon(Product product, int gewicht, long minTarief, long maxTarief) {
    }

    private static final List<Sjabloon> SJABLONEN = List.of(
            sjabloon("43", "43A01", "Verblijf behandelgroep", "14", "inspanningsgericht", "regionaal", "provinciaal", 4, 22_000, 30_000),
            sjabloon("43", "43A02", "Gezinshuis", "14", "inspanningsgericht", "regionaal", "provinciaal", 3, 15_000, 22_000),
            sjabloon("44", "44A01", "Pleegzorg", "14", "inspanningsgericht", "regionaal", "provinciaal", 4, 15_000, 19_000),
            sjabloon("45", "45A01", "Ambulante begeleiding", "04", "inspanningsgericht", "lokaal", "awbz", 20, 8_000, 9_500),
            sjabloon("45", "45A02", "Ambulante behandeling", "04", "inspanningsgericht", "regionaal", "provinciaal", 15, 9_500, 12_000),
            sjabloon("45", "45A03", "Gezinsbehandeling", "04", "inspanningsgericht", "lokaal", "provinciaal", 8, 9_000, 11_500),
            sjabloon("45", "45B01", "Ambulant traject licht", "82", "outputgericht", "lokaal", "provinciaal", 8, 150_000, 250_000),
            sjabloon("40", "40A01", "Persoonlijke verzorging jeugd", "04", "inspanningsgericht", "lokaal", "awbz", 6, 8_000, 9_000),
            sjabloon("41", "41A01", "Dagbehandeling LVB", "16", "inspanningsgericht", "regionaal", "awbz", 6, 5_000, 8_000),
            sjabloon("46", "46A01", "Crisisopvang", "14", "inspanningsgericht", "regionaal", "provinciaal", 3, 25_000, 30_000),
            sjabloon("54", "54A01", "Jeugd-ggz behandeling", "04", "inspanningsgericht", "regionaal", "ggz", 12, 10_000, 12_000),
            sjabloon("54", "54B01", "Jeugd-ggz traject specialistisch", "82", "outputgericht", "regionaal", "ggz", 6, 300_000, 600_000),
            sjabloon("51", "51B01", "Basis-ggz traject", "82", "outputgericht", "lokaal", "ggz", 5, 150_000, 300_000),
            // lump-sum financing per provider: tariff per euro of subsidy, so a cut lowers it too
            sjabloon("50", "50T01", "Maatwerk regionaal (subsidie)", "83", "taakgericht", "regionaal", "provinciaal", 0, 100, 100));

    private final List<Aanbieder> aanbieders = new ArrayList<>();
    private final List<Product> producten = new ArrayList<>();
    private final List<Tarief> basistarieven = new ArrayList<>();
    private final Map<String, List<String>> aanbodPerProduct = new LinkedHashMap<>();

    Catalogus(Toeval toeval) {
        for (int i = 0; i < NAMEN.size(); i++) {
            aanbieders.add(new Aanbieder(String.format("98%06d", 10_000 + i * 1_237), NAMEN.get(i)));
        }
        for (Sjabloon s : SJABLONEN) {
            producten.add(s.product);
            long tarief = toeval.tussen(s.minTarief, s.maxTarief);
            basistarieven.add(new Tarief(s.product.categorie(), s.product.code(), TARIEF_INGANG, null, tarief));
        }
        verdeelAanbod(toeval);
    }

    private static Sjabloon sjabloon(String categorie, String code, String omschrijving, String eenheid,
            String variant, String inkoop, String groep, int gewicht, long min, long max) {
        return new Sjabloon(new Product(categorie, code, omschrijving, eenheid, variant, inkoop, groep),
                gewicht, min, max);
    }

    /** Every allocatable product gets 3..6 providers, and every provider at least one product. */
    private void verdeelAanbod(Toeval toeval) {
        Set<String> metAanbod = new LinkedHashSet<>();
        for (Product p : toewijsbaar()) {
            List<Aanbieder> kandidaten = new ArrayList<>(aanbieders);
            toeval.schud(kandidaten);
            List<String> agbs = new ArrayList<>();
            for (Aanbieder a : kandidaten.subList(0, toeval.tussen(3, 6))) {
                agbs.add(a.agb());
                metAanbod.add(a.agb());
            }
            aanbodPerProduct.put(p.code(), agbs);
        }
        List<Product> toewijsbaar = toewijsbaar();
        for (Aanbieder a : aanbieders) {
            if (!metAanbod.contains(a.agb())) {
                aanbodPerProduct.get(toeval.kies(toewijsbaar).code()).add(a.agb());
            }
        }
    }

    List<Aanbieder> aanbieders() {
        return List.copyOf(aanbieders);
    }

    List<Product> producten() {
        return List.copyOf(producten);
    }

    List<Tarief> basistarieven() {
        return List.copyOf(basistarieven);
    }

    /** Taakgericht products are financed as a lump sum and never allocated to a client. */
    List<Product> toewijsbaar() {
        return producten.stream().filter(p -> !p.isTaakgericht()).toList();
    }

    long[] toewijsGewichten() {
        return SJABLONEN.stream().filter(s -> !s.product.isTaakgericht()).mapToLong(Sjabloon::gewicht).toArray();
    }

    List<String> aanbieders(Product product) {
        return aanbodPerProduct.get(product.code());
    }

    Product product(String categorie, String code) {
        return producten.stream().filter(p -> p.categorie().equals(categorie) && p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown product " + categorie + "/" + code));
    }
}
