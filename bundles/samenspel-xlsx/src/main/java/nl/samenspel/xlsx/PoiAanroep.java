package nl.samenspel.xlsx;

import java.io.IOException;

/**
 * Runs POI code with this bundle's class loader as the thread context class
 * loader.
 *
 * <p>Why: XMLBeans (under POI's OOXML classes) finds its schema type system and
 * the generated {@code org.openxmlformats} classes through the thread context
 * class loader. In Karaf that loader is whatever the caller's thread happens to
 * carry (a web request thread, a Camel thread, the shell), which cannot see the
 * POI jars embedded here, and the symptoms are confusing ({@code
 * SchemaTypeLoaderException}, {@code ClassCastException} between two copies of
 * a type, or a {@code NullPointerException} deep in XMLBeans). This bundle's
 * loader sees POI, XMLBeans and the schemas on its {@code Bundle-ClassPath}.
 * The previous loader is restored afterwards, also when POI throws.
 */
final class PoiAanroep {

    @FunctionalInterface
    interface Actie<T> {
        T voer() throws IOException;
    }

    private PoiAanroep() {
    }

    static <T> T metBundleClassLoader(Actie<T> actie) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader vorige = thread.getContextClassLoader();
        thread.setContextClassLoader(PoiAanroep.class.getClassLoader());
        try {
            return actie.voer();
        } finally {
            thread.setContextClassLoader(vorige);
        }
    }
}
