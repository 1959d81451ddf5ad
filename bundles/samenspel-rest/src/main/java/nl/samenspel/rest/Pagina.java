package nl.samenspel.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.UriInfo;

/**
 * One page of a list of stored records, as the NL API Design Rules' pagination asks: the items,
 * the total, and HAL links to this page and its neighbours ({@code _links.self}, {@code next},
 * {@code prev}, {@code first}, {@code last}) that keep the request's filters.
 *
 * @param pagina page number, from 1
 * @param aantal the page size asked
 * @param totaal records matching the filters, over all pages
 */
public record Pagina<T>(int pagina, int aantal, long totaal, List<T> items, @JsonProperty("_links") Map<String, Map<String, String>> links) {

    /** The page size when none is asked, and the most a page holds: a page is read whole into memory. */
    public static final int STANDAARD = 100;
    public static final int MAXIMUM = 1000;

    /** What a request asks: which page and how large, checked (400 for anything else). */
    public record Vraag(int pagina, int aantal) {

        public static Vraag van(String pagina, String aantal) {
            return new Vraag(Parameters.geheelGetal("pagina", pagina, 1, 1, 1_000_000),
                    Parameters.geheelGetal("aantal", aantal, STANDAARD, 1, MAXIMUM));
        }

        /** The first record of the page, counted from 0, for {@code OFFSET}. */
        public long offset() {
            return (long) (pagina - 1) * aantal;
        }
    }

    public static <T> Pagina<T> van(Vraag vraag, long totaal, List<T> items, UriInfo uri) {
        long laatste = Math.max(1, (totaal + vraag.aantal() - 1) / vraag.aantal());
        Map<String, Map<String, String>> links = new LinkedHashMap<>();
        links.put("self", link(uri, vraag.pagina(), vraag.aantal()));
        links.put("first", link(uri, 1, vraag.aantal()));
        if (vraag.pagina() > 1) {
            links.put("prev", link(uri, (int) Math.min(vraag.pagina() - 1, laatste), vraag.aantal()));
        }
        if (vraag.pagina() < laatste) {
            links.put("next", link(uri, vraag.pagina() + 1, vraag.aantal()));
        }
        links.put("last", link(uri, (int) laatste, vraag.aantal()));
        return new Pagina<>(vraag.pagina(), vraag.aantal(), totaal, items, links);
    }

    private static Map<String, String> link(UriInfo uri, int pagina, int aantal) {
        if (uri == null) {
            return Map.of("href", "?pagina=" + pagina + "&aantal=" + aantal);
        }
        // the request's own path and filters with this page, so a client follows the link as it is
        java.net.URI doel = uri.getRequestUriBuilder().replaceQueryParam("pagina", pagina).replaceQueryParam("aantal", aantal).build();
        return Map.of("href", doel.getRawPath() + "?" + doel.getRawQuery());
    }
}
