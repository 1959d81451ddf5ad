package nl.samenspel.demodata;

/**
 * A contracted youth-care product. {@code eenheid} is the iJw unit code; {@code inkoop} says
 * whether the region purchases it jointly ({@code regionaal}) or each gemeente alone
 * ({@code lokaal}); {@code kortingsgroep} names the tariff cuts that apply to it.
 */
public record Product(String categorie, String code, String omschrijving, String eenheid,
        String uitvoeringsvariant, String inkoop, String kortingsgroep) {

    public boolean isOutputgericht() {
        return "outputgericht".equals(uitvoeringsvariant);
    }

    public boolean isTaakgericht() {
        return "taakgericht".equals(uitvoeringsvariant);
    }

    public boolean isRegionaal() {
        return "regionaal".equals(inkoop);
    }
}
