package nl.samenspel.testsupport;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.store.Lijstvraag;

/** A paged list query read as its REST list is read: page after page until the total, each page telling the same total. */
public final class Paginas {

    /** One page of the query: from item {@code vanaf}, at most {@code aantal} items. */
    @FunctionalInterface
    public interface Vraag<T> {
        Lijstvraag.Deel<T> pagina(long vanaf, int aantal) throws Exception;
    }

    private Paginas() {
    }

    /** Every item over the pages of {@code grootte}, in the order the pages give them. */
    public static <T> List<T> alle(Vraag<T> vraag, int grootte, long totaal) throws Exception {
        List<T> items = new ArrayList<>();
        for (long vanaf = 0; vanaf < totaal; vanaf += grootte) {
            Lijstvraag.Deel<T> deel = vraag.pagina(vanaf, grootte);
            if (deel.totaal() != totaal) {
                throw new AssertionError("pagina vanaf " + vanaf + " telt " + deel.totaal() + " in totaal, verwacht " + totaal);
            }
            items.addAll(deel.items());
        }
        return items;
    }
}
