package nl.samenspel.jeugdhulp.internal.controle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.invoer.Stamgegevensdocument;
import nl.samenspel.jeugdhulp.internal.domein.Productperioden;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.module.Productsleutel;

/**
 * The master data the hub checks a node's youth-care records with: providers, products, tariffs
 * and contracts. The hub publishes it as this JSON document and a node checks what it sends
 * against it, so that the node refuses a file the hub would refuse (docs/uitwisseling.md,
 * "Stamgegevens"). Budgets are left out: no record a node sends is checked against them.
 * {@code productperioden} came later in version 1: a document without them reads as products
 * without a history (their present form on every day), and a node that predates them ignores them.
 */
public record Hubstamgegevens(int versie, List<Stamgegevens.Aanbieder> aanbieders, List<Stamgegevens.Product> producten,
                              List<Stamgegevens.Tarief> tarieven, List<Stamgegevens.Contract> contracten,
                              List<Stamgegevens.Productperiode> productperioden)
        implements Stamgegevensdocument.Versie {

    /** The form of the document; a node refuses a version it does not know rather than misread it. */
    public static final int VERSIE = 1;

    public Hubstamgegevens {
        aanbieders = List.copyOf(aanbieders == null ? List.of() : aanbieders);
        producten = List.copyOf(producten == null ? List.of() : producten);
        tarieven = List.copyOf(tarieven == null ? List.of() : tarieven);
        contracten = List.copyOf(contracten == null ? List.of() : contracten);
        productperioden = List.copyOf(productperioden == null ? List.of() : productperioden);
    }

    public byte[] document() {
        return Stamgegevensdocument.schrijf(this);
    }

    /** @throws IllegalArgumentException for a document that is not the hub's master data in a version this node reads */
    public static Hubstamgegevens lees(byte[] document) {
        return Stamgegevensdocument.lees(document, Hubstamgegevens.class, VERSIE);
    }

    /** The same context with the hub's master data in place of this installation's: the checks then judge as the hub will. */
    public Context toegepastOp(Context eigen) {
        Map<Productsleutel, Stamgegevens.Product> productMap = new LinkedHashMap<>();
        producten.forEach(p -> productMap.put(p.sleutel(), p));
        Map<Productsleutel, List<Stamgegevens.Tarief>> tariefMap = new LinkedHashMap<>();
        tarieven.forEach(t -> tariefMap.computeIfAbsent(new Productsleutel(t.categorie(), t.code()), k -> new ArrayList<>()).add(t));
        Set<String> agbs = new HashSet<>();
        aanbieders.forEach(a -> agbs.add(a.agb()));
        Set<String> contractSleutels = new HashSet<>();
        contracten.forEach(k -> contractSleutels.add(k.agb() + "/" + k.jaar()));
        Map<Productsleutel, List<Stamgegevens.Productperiode>> periodeMap = new LinkedHashMap<>();
        productperioden.forEach(p -> periodeMap.computeIfAbsent(new Productsleutel(p.categorie(), p.code()),
                k -> new ArrayList<>()).add(p));
        return new Context(eigen.register(), eigen.regio(), new Productperioden(productMap, periodeMap), tariefMap, agbs, contractSleutels,
                eigen.toewijzingen(), eigen.declaraties(), eigen.lidmaatschappen());
    }
}
