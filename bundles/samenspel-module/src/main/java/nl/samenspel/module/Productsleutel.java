package nl.samenspel.module;

/**
 * A product of the iStandaard product list as the modules key it: its category and code
 * ("45/45A01"). Master data, tariffs, allocations and declarations name a product by it.
 */
public record Productsleutel(String categorie, String code) {
    @Override
    public String toString() {
        return categorie + "/" + code;
    }
}
