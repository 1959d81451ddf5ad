package nl.samenspel.wmo.internal.controle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.invoer.Stamgegevensdocument;
import nl.samenspel.module.Periode;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.wmo.internal.domein.Productperioden;
import nl.samenspel.wmo.internal.domein.Stamgegevens;
import nl.samenspel.wmo.internal.domein.Uitvoeringsvariant;
import nl.samenspel.wmo.internal.domein.Voorziening;

/**
 * The master data the hub checks a node's Wmo records with: providers, products with their
 * periods, tariffs and contracts. The hub publishes it as this JSON document and a node checks what
 * it sends against it too (docs/uitwisseling.md, "Stamgegevens"). Budgets are left out: no record a
 * node sends is checked against them.
 */
public record Hubstamgegevens(int versie, List<Stamgegevens.Aanbieder> aanbieders, List<Productperiode> productperioden,
                              List<Stamgegevens.Tarief> tarieven, List<Stamgegevens.Contract> contracten)
        implements Stamgegevensdocument.Versie {

    /** The form of the document; a node refuses a version it does not know rather than misread it. */
    public static final int VERSIE = 1;

    /** A product's period, flat: the document's form. */
    public record Productperiode(String categorie, String code, String omschrijving, LocalDate ingang, LocalDate einde, String eenheid,
                                 Uitvoeringsvariant variant, Voorziening voorziening, String kortingsgroep) {
    }

    public Hubstamgegevens {
        aanbieders = List.copyOf(aanbieders == null ? List.of() : aanbieders);
        productperioden = List.copyOf(productperioden == null ? List.of() : productperioden);
        tarieven = List.copyOf(tarieven == null ? List.of() : tarieven);
        contracten = List.copyOf(contracten == null ? List.of() : contracten);
    }

    public static Hubstamgegevens van(List<Stamgegevens.Aanbieder> aanbieders, Productperioden producten, List<Stamgegevens.Tarief> tarieven,
                                      List<Stamgegevens.Contract> contracten) {
        List<Productperiode> perioden = new ArrayList<>();
        producten.perioden().forEach((p, lijst) -> lijst.forEach(w -> perioden.add(new Productperiode(p.categorie(), p.code(),
                producten.omschrijvingen().get(p), w.ingang(), w.einde(), w.waarden().eenheid(), w.waarden().variant(),
                w.waarden().voorziening(), w.waarden().kortingsgroep()))));
        return new Hubstamgegevens(VERSIE, aanbieders, perioden, tarieven, contracten);
    }

    public byte[] document() {
        return Stamgegevensdocument.schrijf(this);
    }

    /** @throws IllegalArgumentException for a document that is not the hub's master data in a version this node reads */
    public static Hubstamgegevens lees(byte[] document) {
        return Stamgegevensdocument.lees(document, Hubstamgegevens.class, VERSIE);
    }

    /** The hub's master data as the checks use it. */
    public Stamset stamset() {
        Map<Productsleutel, String> omschrijvingen = new LinkedHashMap<>();
        Map<Productsleutel, List<Periode<Stamgegevens.Productwaarden>>> perioden = new LinkedHashMap<>();
        for (Productperiode p : productperioden) {
            Productsleutel sleutel = new Productsleutel(p.categorie(), p.code());
            omschrijvingen.put(sleutel, p.omschrijving());
            perioden.computeIfAbsent(sleutel, k -> new ArrayList<>()).add(new Periode<>(p.ingang(), p.einde(),
                    new Stamgegevens.Productwaarden(p.eenheid(), p.variant(), p.voorziening(), p.kortingsgroep())));
        }
        return Stamset.van(aanbieders, new Productperioden(omschrijvingen, perioden), tarieven, contracten);
    }
}
