package nl.samenspel.module.toewijzing;

import nl.samenspel.module.Gemeentelijk;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.invoer.Wijziging;
import nl.samenspel.module.Productsleutel;

/**
 * What every module's allocation has, as the 301 of iJw and iWmo gives it: the gemeente's number,
 * the client's pseudonym, the provider, the product, the dates and the size (a volume of a unit
 * with a frequency, or a budget). A module's allocation record implements it: it holds these as its
 * first component ({@link Toewijzingsgegevens}) and adds its own fields after it; its key, what it
 * commits and how it differs from a stored one follow from these.
 */
public interface Toewijzingsbasis extends Gemeentelijk {

    /** The shared fields; the accessors below read them, so a module's record is read as if it declared them itself. */
    Toewijzingsgegevens gegevens();

    @Override
    default String gemeente() {
        return gegevens().gemeente();
    }

    default long nummer() {
        return gegevens().nummer();
    }

    default String client() {
        return gegevens().client();
    }

    default String agb() {
        return gegevens().agb();
    }

    default String categorie() {
        return gegevens().categorie();
    }

    default String code() {
        return gegevens().code();
    }

    default LocalDate toewijzingsdatum() {
        return gegevens().toewijzingsdatum();
    }

    default LocalDate ingang() {
        return gegevens().ingang();
    }

    /** Null: open. */
    default LocalDate einde() {
        return gegevens().einde();
    }

    /** Null for a budget. */
    default Integer volume() {
        return gegevens().volume();
    }

    default String eenheid() {
        return gegevens().eenheid();
    }

    default String frequentie() {
        return gegevens().frequentie();
    }

    /** Eurocent; null for a volume. */
    default Long budget() {
        return gegevens().budget();
    }

    /** Why a stored number is sent again (null: a new one, or the same once more); never stored. */
    default Wijziging wijziging() {
        return gegevens().wijziging();
    }

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
     * The module's own fields, after the shared ones: the components its record declares after
     * {@link #gegevens()}, each by its name (as a report names it) with its value (null allowed), in
     * declaration order. Read from the record so that a field a module adds is compared without being
     * listed a second time; none for an allocation that is no record.
     */
    default Map<String, Object> eigenVelden() {
        Map<String, Object> uit = new LinkedHashMap<>();
        if (!getClass().isRecord()) {
            return uit;
        }
        for (RecordComponent c : getClass().getRecordComponents()) {
            if (!c.getName().equals("gegevens")) {
                try {
                    uit.put(c.getName(), c.getAccessor().invoke(this));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("veld " + c.getName() + " van " + getClass().getSimpleName() + " is niet leesbaar", e);
                }
            }
        }
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
