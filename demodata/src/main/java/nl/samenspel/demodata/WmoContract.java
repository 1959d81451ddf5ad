package nl.samenspel.demodata;

/**
 * A Wmo contract line of docs/wmo.md: {@code bestedingsruimte}, a ceiling on what the agb
 * may declare in the year (here always the whole contract, so categorie, productcode and
 * gemeente are null), or {@code taakgericht}, a fixed sum for a gemeente's task on one
 * product. {@code bedrag} in eurocent.
 */
public record WmoContract(String agb, int jaar, String soort, long bedrag, String categorie, String productcode,
        String gemeente) {

    public static final String BESTEDINGSRUIMTE = "bestedingsruimte";
    public static final String TAAKGERICHT = "taakgericht";

    public boolean isTaakgericht() {
        return TAAKGERICHT.equals(soort);
    }
}
