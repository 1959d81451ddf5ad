package nl.samenspel.xlsx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One sheet: a name, a header row of column titles, a {@link Kolomtype} per
 * column and the data rows. Immutable; rows are copied and may contain
 * {@code null} (an empty cell), so build them with {@code Arrays.asList}
 * rather than {@code List.of} when a value can be missing.
 *
 * <p>Supported cell values (checked by {@link XlsxSchrijver}): {@code String},
 * {@code Long}, {@code Integer}, {@code java.math.BigDecimal},
 * {@code java.time.LocalDate}, {@code java.time.LocalDateTime},
 * {@code Boolean} and {@code null}.
 *
 * @param naam       sheet name as Excel allows it: 1 to 31 characters, none of {@code : \ / ? * [ ]},
 *                   unique (ignoring case) within a workbook
 * @param kolommen   column titles, written as a bold, frozen header row
 * @param kolomtypen one type per column
 * @param rijen      data rows, each exactly as long as {@code kolommen}
 */
public record Blad(String naam, List<String> kolommen, List<Kolomtype> kolomtypen, List<List<Object>> rijen) {

    public Blad {
        Objects.requireNonNull(naam, "naam");
        kolommen = List.copyOf(Objects.requireNonNull(kolommen, "kolommen"));
        kolomtypen = List.copyOf(Objects.requireNonNull(kolomtypen, "kolomtypen"));
        if (kolomtypen.size() != kolommen.size()) {
            throw new IllegalArgumentException("blad '" + naam + "': " + kolommen.size() + " kolommen maar "
                    + kolomtypen.size() + " kolomtypen");
        }
        List<List<Object>> kopie = new ArrayList<>(Objects.requireNonNull(rijen, "rijen").size());
        int nummer = 0;
        for (List<?> rij : rijen) {
            nummer++;
            if (rij == null) {
                throw new NullPointerException("blad '" + naam + "': rij " + nummer + " is null");
            }
            if (rij.size() != kolommen.size()) {
                throw new IllegalArgumentException("blad '" + naam + "': rij " + nummer + " heeft " + rij.size()
                        + " waarden, verwacht " + kolommen.size());
            }
            kopie.add(Collections.unmodifiableList(new ArrayList<>(rij)));
        }
        rijen = Collections.unmodifiableList(kopie);
    }

    /** A sheet whose columns are all {@link Kolomtype#STANDAARD}. */
    public Blad(String naam, List<String> kolommen, List<? extends List<?>> rijen) {
        this(naam, kolommen, Collections.nCopies(kolommen.size(), Kolomtype.STANDAARD), copy(rijen));
    }

    /** This sheet with the column titled {@code kolom} set to {@code type}. */
    public Blad metType(String kolom, Kolomtype type) {
        int index = kolommen.indexOf(kolom);
        if (index < 0) {
            throw new IllegalArgumentException("blad '" + naam + "' heeft geen kolom '" + kolom + "'");
        }
        List<Kolomtype> typen = new ArrayList<>(kolomtypen);
        typen.set(index, Objects.requireNonNull(type, "type"));
        return new Blad(naam, kolommen, typen, rijen);
    }

    private static List<List<Object>> copy(List<? extends List<?>> rijen) {
        List<List<Object>> kopie = new ArrayList<>(Objects.requireNonNull(rijen, "rijen").size());
        for (List<?> rij : rijen) {
            kopie.add(rij == null ? null : new ArrayList<>(rij));
        }
        return kopie;
    }
}
