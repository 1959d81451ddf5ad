package nl.samenspel.module.toewijzing;

import nl.samenspel.module.Gemeentelijk;
import nl.samenspel.module.Productsleutel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.invoer.Wijziging;

/**
 * What every module's allocation has, as the 301 of iJw and iWmo gives it: the gemeente's number,
 * the client's pseudonym, the provider, the product, the dates and the size (a volume of a unit
 * with a frequency, or a budget). A module's allocation record implements it and adds its own
 * fields; its key, what it commits and how it differs from a stored one follow from these.
 */
public interface Toewijzingsbasis extends Gemeentelijk {

    @Override
    String gemeente();

    long nummer();

    String client();

    String agb();

    String categorie();

    String code();

    LocalDate toewijzingsdatum();

    LocalDate ingang();

    /** Null: open. */
    LocalDate einde();

    /** Null for a budget. */
    Integer volume();

    String eenheid();

    String frequentie();

    /** Eurocent; null for a volume. */
    Long budget();

    /** Why a stored number is sent again (null: a new one, or the same once more); never stored. */
    Wijziging wijziging();

    /** The product allocated. */
    default Productsleutel product() {
        return new Productsleutel(categorie(), code());
    }

    default Toewijzingsleutel sleutel() {
        return new Toewijzingsleutel(gemeente(), nummer());
    }

    /** What the allocation commits. */
    default Omvang omvang() {
        return new Omvang(ingang(), einde(), volume(), eenheid(), frequentie(), budget());
    }

    /**
     * The module's own fields, after the shared ones: each by its name in a report, with its value
     * (null allowed), in the order a report names them. None by default.
     */
    default Map<String, Object> eigenVelden() {
        return Map.of();
    }

    /** Names and values, in this order, as {@link #eigenVelden()} gives them. */
    static Map<String, Object> velden(String naam, Object waarde, String naam2, Object waarde2) {
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put(naam, waarde);
        uit.put(naam2, waarde2);
        return uit;
    }

    /**
     * The columns in which this allocation differs from another with the same number, in the order
     * a report names them: the shared ones, then the module's own ({@link #eigenVelden()}). The
     * wijziging is no field.
     */
    default List<String> verschillen(Toewijzingsbasis ander) {
        List<String> uit = new ArrayList<>();
        String[] namen = {"client", "agb", "productcode", "toewijzingsdatum", "ingangsdatum", "einddatum", "volume", "eenheid", "frequentie",
            "budget"};
        Object[] deze = {client(), agb(), Arrays.asList(categorie(), code()), toewijzingsdatum(), ingang(), einde(), volume(), eenheid(), frequentie(),
            budget()};
        Object[] die = {ander.client(), ander.agb(), Arrays.asList(ander.categorie(), ander.code()), ander.toewijzingsdatum(), ander.ingang(),
            ander.einde(), ander.volume(), ander.eenheid(), ander.frequentie(), ander.budget()};
        for (int i = 0; i < namen.length; i++) {
            if (!Objects.equals(deze[i], die[i])) {
                uit.add(namen[i]);
            }
        }
        Map<String, Object> eigen = ander.eigenVelden();
        eigenVelden().forEach((naam, waarde) -> {
            if (!Objects.equals(waarde, eigen.get(naam))) {
                uit.add(naam);
            }
        });
        return uit;
    }
}
